import AspirasiCore
import AspirasiStore
import ChannelKit
import Hummingbird
import Logging
import QlueAdapter
import ServiceLifecycle

/// The Qlue app as one channel unit: settings `ASPIRASI_QLUE_*`, the feed poller (cursor `qlue:posts`,
/// a post id) and the sender of status updates. No routes.
public struct QlueChannel: ChannelUnit {
    public static let feed = "qlue:posts"

    public let settings: QlueSettings

    public init(_ settings: QlueSettings) {
        self.settings = settings
    }

    public var channel: Channel { .qlue }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> QlueChannel? {
        QlueSettings.resolve(source, problems: &problems).map(QlueChannel.init)
    }

    public static var cursorShapes: [FeedCursorShape] {
        [FeedCursorShape(feed) { FeedCursorShape.isPostID($0) ? nil : "a post id: digits only" }]
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: QlueChannel?, _ dependencies: HubDependencies
    ) {}

    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        QlueSender(base: settings.base, key: settings.key, client: wiring.http, timeout: wiring.senderTimeout)
    }

    public func services(_ wiring: ChannelWiringContext) -> [any Service] {
        let feed = QlueFeed(base: settings.base, key: settings.key, client: wiring.http)
        return [Self.poller(feed, polled: wiring.polled, interval: settings.pollInterval, logger: wiring.logger)]
    }

    public static func poller(_ feed: QlueFeed, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        ChannelPoller.paged("Qlue", Self.feed, polled: polled, interval: interval, logger: logger) { cursor in
            try await feed.posts(after: cursor, logger: logger)
        }
    }
}

extension HubConfiguration {
    /// The Qlue feed (`ASPIRASI_QLUE_*`); nil: not configured.
    public var qlue: QlueSettings? { unit(QlueChannel.self)?.settings }
}
