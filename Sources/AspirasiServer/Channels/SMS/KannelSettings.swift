import AspirasiCore
import ChannelKit
import Foundation

private typealias Variable = SettingsResolver.Variable

/// A Kannel gateway: the secret in the get-url and dlr-url paths, the
/// addresses smsbox calls from, and for sending the sendsms URL, user and
/// sender number, and the hub's own URL as Kannel reaches it (for dlr-url).
public struct KannelSettings: Sendable {
    public var token: String
    public var allowed: [IPNetwork]
    public var sendsmsURL: String?
    public var username: String
    public var password: String
    public var from: String
    public var hubURL: String

    /// Without a sendsms URL the gateway only takes messages in.
    public init(
        token: String, allowed: [IPNetwork], sendsmsURL: String? = nil, username: String = "", password: String = "",
        from: String = "1708", hubURL: String = "http://127.0.0.1:8080"
    ) {
        self.token = token
        self.allowed = allowed
        self.sendsmsURL = sendsmsURL
        self.username = username
        self.password = password
        self.from = from
        self.hubURL = hubURL
    }

    /// Where Kannel reports on the SMS we send.
    public var reportURL: String { "\(hubURL)/webhooks/sms/kannel/\(token)/dlr" }
}

extension SettingsResolver.Variable {
    public static let kannelToken = "ASPIRASI_KANNEL_TOKEN"
    public static let kannelAllowed = "ASPIRASI_KANNEL_ALLOWED_IPS"
    public static let kannelSendsmsURL = "ASPIRASI_KANNEL_SENDSMS_URL"
    public static let kannelUsername = "ASPIRASI_KANNEL_USERNAME"
    public static let kannelPassword = "ASPIRASI_KANNEL_PASSWORD"
    public static let kannelFrom = "ASPIRASI_KANNEL_FROM"
}

extension KannelSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> KannelSettings? {
        guard let token = source.value(Variable.kannelToken) else { return nil }
        guard token.count >= 16,
            token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            problems.append("\(Variable.kannelToken) must be at least 16 letters, digits, dashes or underscores")
            return nil
        }
        var allowed: [IPNetwork] = []
        for text in (source.value(Variable.kannelAllowed) ?? "127.0.0.1,::1").split(separator: ",") {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let network = IPNetwork(trimmed) else {
                problems.append("\(Variable.kannelAllowed) holds \"\(trimmed)\", which is not an address or CIDR block")
                return nil
            }
            allowed.append(network)
        }
        let sendsms = source.value(Variable.kannelSendsmsURL)
        if let sendsms, !ChannelSettingsSource.isHTTP(sendsms) {
            problems.append(
                "\(Variable.kannelSendsmsURL) must be an http(s) URL such as http://127.0.0.1:13013/cgi-bin/sendsms")
        }
        let username = source.value(Variable.kannelUsername) ?? ""
        let password = source.value(Variable.kannelPassword) ?? ""
        if sendsms != nil, username.isEmpty || password.isEmpty {
            problems.append("sending through Kannel needs \(Variable.kannelUsername) and \(Variable.kannelPassword)")
        }
        return KannelSettings(
            token: token, allowed: allowed, sendsmsURL: sendsms, username: username, password: password,
            from: source.value(Variable.kannelFrom) ?? "1708", hubURL: source.publicURL)
    }
}
