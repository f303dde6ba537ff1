import AspirasiStore
import ChannelKit
import Logging

extension ChannelPoller {
    /// A feed read page by page from its cursor: each round takes a page in with the cursor, in one
    /// transaction (`PolledIntake`), and the poller reads on at once while pages say there is more,
    /// asking for the next page while it takes this one in (`PagePrefetch`).
    static func paged(
        _ name: String, _ feed: String, polled: PolledIntake, interval: Duration, logger: Logger,
        fetch: @escaping @Sendable (_ cursor: String?) async throws -> PolledIntake.Page
    ) -> ChannelPoller {
        let prefetch = PagePrefetch()
        return ChannelPoller(name: name, interval: interval, logger: logger) {
            let more = try await polled.poll(feed, logger: logger) { cursor in
                try await prefetch.page(at: cursor, fetch)
            }
            guard let more, more.hasMore else {
                // Nothing more, or another hub holds the feed this round: nothing fetched ahead is kept.
                await prefetch.cancel()
                return false
            }
            return true
        }
    }
}
