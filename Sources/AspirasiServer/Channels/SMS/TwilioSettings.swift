import AspirasiCore
import ChannelKit
import Foundation

private typealias Variable = SettingsResolver.Variable

/// A Twilio-style SMS gateway: account id and auth token (basic auth and
/// the webhook signature key), our number or messaging service, the exact
/// public URL the gateway calls (part of what it signs), and the API base.
public struct TwilioSettings: Sendable {
    public var accountSID: String
    public var authToken: String
    public var from: String
    public var webhookURL: String
    public var apiBase: String

    public init(
        accountSID: String, authToken: String, from: String, webhookURL: String,
        apiBase: String = "https://api.twilio.com"
    ) {
        self.accountSID = accountSID
        self.authToken = authToken
        self.from = from
        self.webhookURL = webhookURL
        self.apiBase = apiBase
    }
}

extension SettingsResolver.Variable {
    public static let twilioAccountSID = "ASPIRASI_TWILIO_ACCOUNT_SID"
    public static let twilioAuthToken = "ASPIRASI_TWILIO_AUTH_TOKEN"
    public static let twilioFrom = "ASPIRASI_TWILIO_FROM"
    public static let twilioWebhookURL = "ASPIRASI_TWILIO_WEBHOOK_URL"
    public static let twilioAPIBase = "ASPIRASI_TWILIO_API_BASE"
}

extension TwilioSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> TwilioSettings? {
        let names = [
            Variable.twilioAccountSID, Variable.twilioAuthToken, Variable.twilioFrom, Variable.twilioWebhookURL,
        ]
        let values = names.map { source.value($0) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        guard let sid = values[0], let token = values[1], let from = values[2], let url = values[3] else {
            problems.append("a Twilio-style SMS gateway needs \(names.joined(separator: ", "))")
            return nil
        }
        let base = source.value(Variable.twilioAPIBase) ?? "https://api.twilio.com"
        guard ChannelSettingsSource.isHTTP(url), ChannelSettingsSource.isHTTP(base) else {
            problems.append("\(Variable.twilioWebhookURL) and \(Variable.twilioAPIBase) must be http(s) URLs")
            return nil
        }
        return TwilioSettings(accountSID: sid, authToken: token, from: from, webhookURL: url, apiBase: base)
    }
}
