import Foundation

private typealias Variable = SettingsResolver.Variable

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

    public init(
        feedURL: String? = nil, webhookSecret: String? = nil, apiBase: String? = nil, apiKey: String? = nil,
        apiUsername: String? = nil
    ) {
        self.feedURL = feedURL
        self.webhookSecret = webhookSecret
        self.apiBase = apiBase
        self.apiKey = apiKey
        self.apiUsername = apiUsername
    }
}

extension SettingsResolver.Variable {
    public static let forumFeedURL = "ASPIRASI_FORUM_FEED_URL"
    public static let forumPollSeconds = "ASPIRASI_FORUM_POLL_SECONDS"
    public static let forumWebhookSecret = "ASPIRASI_FORUM_WEBHOOK_SECRET"
    public static let forumAPIURL = "ASPIRASI_FORUM_API_URL"
    public static let forumAPIKey = "ASPIRASI_FORUM_API_KEY"
    public static let forumAPIUsername = "ASPIRASI_FORUM_API_USERNAME"
}

extension ForumSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> ForumSettings? {
        var settings = ForumSettings(
            feedURL: source.value(Variable.forumFeedURL), webhookSecret: source.value(Variable.forumWebhookSecret),
            apiBase: source.value(Variable.forumAPIURL), apiKey: source.value(Variable.forumAPIKey),
            apiUsername: source.value(Variable.forumAPIUsername))
        guard settings.feedURL != nil || settings.webhookSecret != nil || settings.apiBase != nil else { return nil }
        if let feed = settings.feedURL, !ChannelSettingsSource.isHTTP(feed) {
            problems.append("\(Variable.forumFeedURL) must be an http(s) URL")
        }
        if let secret = settings.webhookSecret, secret.count < 16 {
            problems.append("\(Variable.forumWebhookSecret) must be at least 16 characters")
        }
        if let api = settings.apiBase {
            if !ChannelSettingsSource.isHTTP(api) { problems.append("\(Variable.forumAPIURL) must be an http(s) URL") }
            if settings.apiKey == nil || settings.apiUsername == nil {
                problems.append(
                    "replying on the forum needs \(Variable.forumAPIKey) and \(Variable.forumAPIUsername) with \(Variable.forumAPIURL)"
                )
            }
        }
        settings.pollInterval = source.pollSeconds(Variable.forumPollSeconds, default: 120, problems: &problems)
        return settings
    }
}
