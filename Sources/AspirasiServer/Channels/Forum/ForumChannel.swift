import AspirasiCore
import AspirasiStore
import ChannelKit
import ForumAdapter
import Hummingbird
import Logging
import ServiceLifecycle

/// The Balai Warga forum as one channel unit: settings `ASPIRASI_FORUM_*`, the feed poller (cursor
/// `forum:feed`, the feed's validators), the signed Discourse-style webhook at `/webhooks/forum`, and the
/// sender through the forum API. Any of the three may be configured on its own.
public struct ForumChannel: ChannelUnit {
    public static let feed = "forum:feed"

    public let settings: ForumSettings

    public init(_ settings: ForumSettings) {
        self.settings = settings
    }

    public var channel: Channel { .forum }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> ForumChannel? {
        ForumSettings.resolve(source, problems: &problems).map(ForumChannel.init)
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: ForumChannel?, _ dependencies: HubDependencies
    ) {
        let webhook = unit.flatMap { unit in
            unit.settings.webhookSecret.map { DiscourseWebhook(secret: $0, ourUsername: unit.settings.apiUsername) }
        }
        let routes = SignedWebhookRoutes(.forum, webhook, name: "the forum webhook", dependencies: dependencies)
        router.post("/webhooks/forum", use: routes.receive)
    }

    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        guard let api = settings.apiBase, let key = settings.apiKey, let username = settings.apiUsername else {
            return nil
        }
        return ForumSender(
            apiBase: api, apiKey: key, apiUsername: username, client: wiring.http, timeout: wiring.senderTimeout)
    }

    public func services(_ wiring: ChannelWiringContext) -> [any Service] {
        guard let url = settings.feedURL else { return [] }
        let reader = ForumFeedReader(url: url, ourUsername: settings.apiUsername, client: wiring.http)
        return [Self.poller(reader, polled: wiring.polled, interval: settings.pollInterval, logger: wiring.logger)]
    }

    public static func poller(_ reader: ForumFeedReader, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        ChannelPoller.paged("forum", Self.feed, polled: polled, interval: interval, logger: logger) { cursor in
            try await reader.read(validators: cursor, logger: logger)
        }
    }
}

extension HubConfiguration {
    /// The Balai Warga forum (`ASPIRASI_FORUM_*`); nil: not configured.
    public var forum: ForumSettings? { unit(ForumChannel.self)?.settings }
}
