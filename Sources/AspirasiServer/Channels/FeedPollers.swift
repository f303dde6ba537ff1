import AspirasiStore
import ChannelKit
import ForumAdapter
import LaporAdapter
import Logging
import QlueAdapter

/// The pollers of the feed channels: each round reads from the feed's cursor
/// and takes the page in with the cursor, in one transaction (`PolledIntake`).
public enum FeedPollers {
    public static let qlueFeed = "qlue:posts"
    public static let laporFeed = "lapor:laporan"
    public static let forumFeed = "forum:feed"

    public static func qlue(_ feed: QlueFeed, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        paged("Qlue", qlueFeed, polled: polled, interval: interval, logger: logger) { cursor in
            try await feed.posts(after: cursor, logger: logger)
        }
    }

    public static func lapor(_ feed: LaporFeed, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        paged("LAPOR!", laporFeed, polled: polled, interval: interval, logger: logger) { cursor in
            try await feed.reports(after: cursor, logger: logger)
        }
    }

    /// A feed read page by page from its cursor; the poller reads on at once while pages say there is more.
    static func paged(
        _ name: String, _ feed: String, polled: PolledIntake, interval: Duration, logger: Logger,
        fetch: @escaping @Sendable (_ cursor: String?) async throws -> PolledIntake.Page
    ) -> ChannelPoller {
        ChannelPoller(name: name, interval: interval, logger: logger) {
            try await polled.poll(feed, logger: logger, fetch: fetch)?.hasMore ?? false
        }
    }

    public static func forum(_ reader: ForumFeedReader, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        paged("forum", forumFeed, polled: polled, interval: interval, logger: logger) { cursor in
            try await reader.read(validators: cursor, logger: logger)
        }
    }
}
