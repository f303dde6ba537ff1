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

    public static func qlue(_ feed: QlueFeed, polled: PolledIntake, interval: Duration, logger: Logger) -> ChannelPoller
    {
        ChannelPoller(name: "Qlue", interval: interval, logger: logger) {
            let round = try await polled.poll(qlueFeed, logger: logger) { cursor in
                let page = try await feed.posts(after: cursor, logger: logger)
                return .init(messages: page.messages, cursor: page.cursor, hasMore: page.hasMore)
            }
            return round?.hasMore ?? false
        }
    }

    public static func lapor(_ feed: LaporFeed, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        ChannelPoller(name: "LAPOR!", interval: interval, logger: logger) {
            let round = try await polled.poll(laporFeed, logger: logger) { cursor in
                let page = try await feed.reports(after: cursor, logger: logger)
                return .init(messages: page.messages, cursor: page.cursor, hasMore: page.hasMore)
            }
            return round?.hasMore ?? false
        }
    }

    public static func forum(_ reader: ForumFeedReader, polled: PolledIntake, interval: Duration, logger: Logger)
        -> ChannelPoller
    {
        ChannelPoller(name: "forum", interval: interval, logger: logger) {
            _ = try await polled.poll(forumFeed, logger: logger) { cursor in
                let page = try await reader.read(validators: cursor, logger: logger)
                return .init(messages: page.messages, cursor: page.validators)
            }
            return false
        }
    }
}
