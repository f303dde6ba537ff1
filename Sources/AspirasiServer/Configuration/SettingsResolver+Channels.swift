import AspirasiCore
import ChannelKit
import Foundation

/// Each channel's settings: all of a channel's variables or none, so that a
/// half-configured channel is named at start instead of failing at its first message.
extension SettingsResolver {
    static func isHTTP(_ url: String) -> Bool { url.hasPrefix("https://") || url.hasPrefix("http://") }

    func resolveTwitter(value: (String?, String) -> String?, problems: inout [String]) -> TwitterSettings? {
        let secret = value(nil, Variable.xConsumerSecret)
        let user = value(nil, Variable.xUserID)
        guard secret != nil || user != nil else { return nil }
        guard let secret, let user, user.allSatisfy(\.isNumber) else {
            problems.append(
                "the X channel needs both \(Variable.xConsumerSecret) and \(Variable.xUserID) (the account's numeric id)"
            )
            return nil
        }
        let base = value(nil, Variable.xAPIBase) ?? "https://api.x.com"
        guard Self.isHTTP(base) else {
            problems.append("\(Variable.xAPIBase) must be an http(s) URL")
            return nil
        }
        var settings = TwitterSettings(
            consumerSecret: secret, userID: user, accessToken: value(nil, Variable.xAccessToken), apiBase: base)
        if let text = value(nil, Variable.xMode) {
            guard let mode = TwitterSettings.Mode(rawValue: text) else {
                problems.append("\(Variable.xMode) must be webhook, poll or both, not \"\(text)\"")
                return nil
            }
            settings.mode = mode
        }
        settings.refreshToken = value(nil, Variable.xRefreshToken)
        settings.clientID = value(nil, Variable.xClientID)
        settings.clientSecret = value(nil, Variable.xClientSecret)
        if settings.refreshToken != nil, settings.clientID == nil {
            problems.append("\(Variable.xRefreshToken) needs \(Variable.xClientID), the app's OAuth 2.0 client id")
        }
        if settings.mode != .webhook, settings.accessToken == nil, settings.refreshToken == nil {
            problems.append(
                "polling X needs \(Variable.xRefreshToken) (or \(Variable.xAccessToken)), a user-context OAuth 2.0 token"
            )
        }
        if let text = value(nil, Variable.xPollSeconds) {
            guard let seconds = Int(text), (15...3600).contains(seconds) else {
                problems.append("\(Variable.xPollSeconds) must be a number of seconds from 15 to 3600")
                return nil
            }
            settings.pollInterval = .seconds(seconds)
        }
        return settings
    }

    func resolveFacebook(value: (String?, String) -> String?, problems: inout [String]) -> FacebookSettings? {
        let secret = value(nil, Variable.fbAppSecret)
        let verify = value(nil, Variable.fbVerifyToken)
        let page = value(nil, Variable.fbPageID)
        guard secret != nil || verify != nil || page != nil else { return nil }
        guard let secret, let verify, let page, page.allSatisfy(\.isNumber) else {
            problems.append(
                "the Facebook channel needs \(Variable.fbAppSecret), \(Variable.fbVerifyToken) and \(Variable.fbPageID) (numeric)"
            )
            return nil
        }
        let base = value(nil, Variable.fbGraphBase) ?? "https://graph.facebook.com/v21.0"
        guard Self.isHTTP(base) else {
            problems.append("\(Variable.fbGraphBase) must be an http(s) URL")
            return nil
        }
        let humanAgent = value(nil, Variable.fbHumanAgent) ?? "false"
        guard ["true", "false"].contains(humanAgent) else {
            problems.append("\(Variable.fbHumanAgent) must be true or false")
            return nil
        }
        return FacebookSettings(
            appSecret: secret, verifyToken: verify, pageID: page, pageToken: value(nil, Variable.fbPageToken),
            graphBase: base, humanAgent: humanAgent == "true")
    }

    func resolveTwilio(value: (String?, String) -> String?, problems: inout [String]) -> TwilioSettings? {
        let names = [
            Variable.twilioAccountSID, Variable.twilioAuthToken, Variable.twilioFrom, Variable.twilioWebhookURL,
        ]
        let values = names.map { value(nil, $0) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        guard let sid = values[0], let token = values[1], let from = values[2], let url = values[3] else {
            problems.append("a Twilio-style SMS gateway needs \(names.joined(separator: ", "))")
            return nil
        }
        let base = value(nil, Variable.twilioAPIBase) ?? "https://api.twilio.com"
        guard Self.isHTTP(url), Self.isHTTP(base) else {
            problems.append("\(Variable.twilioWebhookURL) and \(Variable.twilioAPIBase) must be http(s) URLs")
            return nil
        }
        return TwilioSettings(accountSID: sid, authToken: token, from: from, webhookURL: url, apiBase: base)
    }

    func resolveKannel(value: (String?, String) -> String?, port: Int, problems: inout [String])
        -> KannelSettings?
    {
        guard let token = value(nil, Variable.kannelToken) else { return nil }
        guard token.count >= 16,
            token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else {
            problems.append("\(Variable.kannelToken) must be at least 16 letters, digits, dashes or underscores")
            return nil
        }
        var allowed: [IPNetwork] = []
        for text in (value(nil, Variable.kannelAllowed) ?? "127.0.0.1,::1").split(separator: ",") {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard let network = IPNetwork(trimmed) else {
                problems.append("\(Variable.kannelAllowed) holds \"\(trimmed)\", which is not an address or CIDR block")
                return nil
            }
            allowed.append(network)
        }
        let sendsms = value(nil, Variable.kannelSendsmsURL)
        if let sendsms, !Self.isHTTP(sendsms) {
            problems.append(
                "\(Variable.kannelSendsmsURL) must be an http(s) URL such as http://127.0.0.1:13013/cgi-bin/sendsms")
        }
        let username = value(nil, Variable.kannelUsername) ?? ""
        let password = value(nil, Variable.kannelPassword) ?? ""
        if sendsms != nil, username.isEmpty || password.isEmpty {
            problems.append("sending through Kannel needs \(Variable.kannelUsername) and \(Variable.kannelPassword)")
        }
        let hub = value(nil, Variable.publicURL) ?? "http://127.0.0.1:\(port)"
        return KannelSettings(
            token: token, allowed: allowed, sendsmsURL: sendsms, username: username, password: password,
            from: value(nil, Variable.kannelFrom) ?? "1708", hubURL: hub.hasSuffix("/") ? String(hub.dropLast()) : hub)
    }
}
