import Foundation

/// The Qlue feed: its base URL, the operator's key, and how often to poll.
public struct QlueSettings: Sendable {
    public var base: String
    public var key: String
    public var pollInterval = Duration.seconds(60)
}

/// SP4N-LAPOR!: the agency API's base URL, our token and instansi id, and how often to pull.
public struct LaporSettings: Sendable {
    public var base: String
    public var token: String
    public var agency: String
    public var pollInterval = Duration.seconds(300)
}

/// The Balai Warga forum: a feed to poll, a Discourse-style webhook secret, and
/// the forum API to reply through. Any of the three may be set on its own.
public struct ForumSettings: Sendable {
    /// RSS 2.0 or Atom feed of new posts.
    public var feedURL: String?
    public var pollInterval = Duration.seconds(120)
    /// The secret the forum signs its webhooks with (`X-Discourse-Event-Signature`).
    public var webhookSecret: String?
    /// Replies: `POST {apiBase}/posts.json` with `Api-Key` and `Api-Username`.
    public var apiBase: String?
    public var apiKey: String?
    public var apiUsername: String?
}

extension SettingsResolver.Variable {
    public static let qlueURL = "ASPIRASI_QLUE_URL"
    public static let qlueKey = "ASPIRASI_QLUE_KEY"
    public static let qluePollSeconds = "ASPIRASI_QLUE_POLL_SECONDS"
    public static let laporURL = "ASPIRASI_LAPOR_URL"
    public static let laporToken = "ASPIRASI_LAPOR_TOKEN"
    public static let laporAgency = "ASPIRASI_LAPOR_AGENCY"
    public static let laporPollSeconds = "ASPIRASI_LAPOR_POLL_SECONDS"
    public static let forumFeedURL = "ASPIRASI_FORUM_FEED_URL"
    public static let forumPollSeconds = "ASPIRASI_FORUM_POLL_SECONDS"
    public static let forumWebhookSecret = "ASPIRASI_FORUM_WEBHOOK_SECRET"
    public static let forumAPIURL = "ASPIRASI_FORUM_API_URL"
    public static let forumAPIKey = "ASPIRASI_FORUM_API_KEY"
    public static let forumAPIUsername = "ASPIRASI_FORUM_API_USERNAME"
}

/// The polled channels' settings, each all-or-nothing like the webhook channels'.
extension SettingsResolver {
    func pollSeconds(
        _ variable: String, default seconds: Int, value: (String?, String) -> String?, problems: inout [String]
    ) -> Duration {
        guard let text = value(nil, variable) else { return .seconds(seconds) }
        guard let parsed = Int(text), (5...86_400).contains(parsed) else {
            problems.append("\(variable) must be a number of seconds from 5 to 86400, not \"\(text)\"")
            return .seconds(seconds)
        }
        return .seconds(parsed)
    }

    func resolveQlue(value: (String?, String) -> String?, problems: inout [String]) -> QlueSettings? {
        let url = value(nil, Variable.qlueURL)
        let key = value(nil, Variable.qlueKey)
        guard url != nil || key != nil else { return nil }
        guard let url, let key, Self.isHTTP(url) else {
            problems.append("the Qlue feed needs \(Variable.qlueURL) (an http(s) URL) and \(Variable.qlueKey)")
            return nil
        }
        var settings = QlueSettings(base: url, key: key)
        settings.pollInterval = pollSeconds(Variable.qluePollSeconds, default: 60, value: value, problems: &problems)
        return settings
    }

    func resolveLapor(value: (String?, String) -> String?, problems: inout [String]) -> LaporSettings? {
        let names = [Variable.laporURL, Variable.laporToken, Variable.laporAgency]
        let values = names.map { value(nil, $0) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        guard let url = values[0], let token = values[1], let agency = values[2], Self.isHTTP(url) else {
            problems.append("SP4N-LAPOR! needs \(names.joined(separator: ", ")) (the first an http(s) URL)")
            return nil
        }
        var settings = LaporSettings(base: url, token: token, agency: agency)
        settings.pollInterval = pollSeconds(Variable.laporPollSeconds, default: 300, value: value, problems: &problems)
        return settings
    }

    func resolveForum(value: (String?, String) -> String?, problems: inout [String]) -> ForumSettings? {
        var settings = ForumSettings(
            feedURL: value(nil, Variable.forumFeedURL), webhookSecret: value(nil, Variable.forumWebhookSecret),
            apiBase: value(nil, Variable.forumAPIURL), apiKey: value(nil, Variable.forumAPIKey),
            apiUsername: value(nil, Variable.forumAPIUsername))
        guard settings.feedURL != nil || settings.webhookSecret != nil || settings.apiBase != nil else { return nil }
        if let feed = settings.feedURL, !Self.isHTTP(feed) {
            problems.append("\(Variable.forumFeedURL) must be an http(s) URL")
        }
        if let secret = settings.webhookSecret, secret.count < 16 {
            problems.append("\(Variable.forumWebhookSecret) must be at least 16 characters")
        }
        if let api = settings.apiBase {
            if !Self.isHTTP(api) { problems.append("\(Variable.forumAPIURL) must be an http(s) URL") }
            if settings.apiKey == nil || settings.apiUsername == nil {
                problems.append(
                    "replying on the forum needs \(Variable.forumAPIKey) and \(Variable.forumAPIUsername) with \(Variable.forumAPIURL)"
                )
            }
        }
        settings.pollInterval = pollSeconds(Variable.forumPollSeconds, default: 120, value: value, problems: &problems)
        return settings
    }
}
