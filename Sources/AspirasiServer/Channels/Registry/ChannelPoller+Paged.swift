import AspirasiStore
import ChannelKit
import Logging

extension ChannelPoller {
    /// A feed read page by page from its cursor: each round takes a page in with the cursor, in one
    /// transaction (`PolledIntake`), and the poller reads on at once while pages say there is more.
    static func paged(
        _ name: String, _ feed: String, polled: PolledIntake, interval: Duration, logger: Logger,
        fetch: @escaping @Sendable (_ cursor: String?) async throws -> PolledIntake.Page
    ) -> ChannelPoller {
        ChannelPoller(name: name, interval: interval, logger: logger) {
            try await polled.poll(feed, logger: logger, fetch: fetch)?.hasMore ?? false
        }
    }
}
