import AspirasiCore
import ChannelKit
import Foundation

private typealias Variable = SettingsResolver.Variable

/// What the X channel needs: the app's consumer secret (webhook CRC and
/// signatures), our account's user id (to drop our own echoes), a
/// user-context OAuth 2.0 access token to reply and poll, and the API's base
/// URL (tests point it at a fake). Such a token lives two hours: with a refresh
/// token (scope `offline.access`) and the app's OAuth 2.0 client id (and secret,
/// for a confidential client) the hubs renew it, keeping the rotating refresh
/// token in PostgreSQL.
public struct TwitterSettings: Sendable {
    public var consumerSecret: String
    public var userID: String
    public var accessToken: String?
    /// The first refresh token (`ASPIRASI_X_REFRESH_TOKEN`); stored only while the database has none.
    public var refreshToken: String?
    public var clientID: String?
    public var clientSecret: String?
    public var apiBase: String
    /// Take mentions and DMs from the webhook, by polling the v2 API, or both (`ASPIRASI_X_MODE`).
    public var mode: Mode = .webhook
    /// How often to poll (`ASPIRASI_X_POLL_SECONDS`); X's mention timeline allows few reads per 15 minutes.
    public var pollInterval = Duration.seconds(90)

    public enum Mode: String, Sendable, CaseIterable {
        case webhook
        case poll
        case both
    }

    public init(
        consumerSecret: String, userID: String, accessToken: String? = nil, apiBase: String = "https://api.x.com"
    ) {
        self.consumerSecret = consumerSecret
        self.userID = userID
        self.accessToken = accessToken
        self.apiBase = apiBase
    }
}

extension SettingsResolver.Variable {
    public static let xConsumerSecret = "ASPIRASI_X_CONSUMER_SECRET"
    public static let xUserID = "ASPIRASI_X_USER_ID"
    public static let xAccessToken = "ASPIRASI_X_ACCESS_TOKEN"
    public static let xRefreshToken = "ASPIRASI_X_REFRESH_TOKEN"
    public static let xClientID = "ASPIRASI_X_CLIENT_ID"
    public static let xClientSecret = "ASPIRASI_X_CLIENT_SECRET"
    public static let xAPIBase = "ASPIRASI_X_API_BASE"
    public static let xMode = "ASPIRASI_X_MODE"
    public static let xPollSeconds = "ASPIRASI_X_POLL_SECONDS"
}

extension TwitterSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> TwitterSettings? {
        let secret = source.value(Variable.xConsumerSecret)
        let user = source.value(Variable.xUserID)
        guard secret != nil || user != nil else { return nil }
        guard let secret, let user, user.allSatisfy(\.isNumber) else {
            problems.append(
                "the X channel needs both \(Variable.xConsumerSecret) and \(Variable.xUserID) (the account's numeric id)"
            )
            return nil
        }
        let base = source.value(Variable.xAPIBase) ?? "https://api.x.com"
        guard ChannelSettingsSource.isHTTP(base) else {
            problems.append("\(Variable.xAPIBase) must be an http(s) URL")
            return nil
        }
        var settings = TwitterSettings(
            consumerSecret: secret, userID: user, accessToken: source.value(Variable.xAccessToken), apiBase: base)
        if let text = source.value(Variable.xMode) {
            guard let mode = TwitterSettings.Mode(rawValue: text) else {
                problems.append("\(Variable.xMode) must be webhook, poll or both, not \"\(text)\"")
                return nil
            }
            settings.mode = mode
        }
        settings.refreshToken = source.value(Variable.xRefreshToken)
        settings.clientID = source.value(Variable.xClientID)
        settings.clientSecret = source.value(Variable.xClientSecret)
        if settings.refreshToken != nil, settings.clientID == nil {
            problems.append("\(Variable.xRefreshToken) needs \(Variable.xClientID), the app's OAuth 2.0 client id")
        }
        if settings.mode != .webhook, settings.accessToken == nil, settings.refreshToken == nil {
            problems.append(
                "polling X needs \(Variable.xRefreshToken) (or \(Variable.xAccessToken)), a user-context OAuth 2.0 token"
            )
        }
        if let text = source.value(Variable.xPollSeconds) {
            guard let seconds = Int(text), (15...3600).contains(seconds) else {
                problems.append("\(Variable.xPollSeconds) must be a number of seconds from 15 to 3600")
                return nil
            }
            settings.pollInterval = .seconds(seconds)
        }
        return settings
    }
}
