import Foundation
import Logging
import PostgresNIO

/// What the operations gauges show, read from the database in one short transaction: the
/// outbox's unsent rows by state and channel, how long the oldest due delivery of each channel
/// has waited, and each polled feed's lag. Every read goes through `deliveries_backlog_idx` or
/// the small `channel_cursors` table, so its cost follows the backlog, not the outbox's history.
public struct OperationsSnapshot: Sendable, Equatable {
    public struct Backlog: Sendable, Equatable {
        public let state: String
        public let channel: String
        public let count: Int
    }

    public struct Feed: Sendable, Equatable {
        public let name: String
        /// Since the feed was last read to its end; nil: never.
        public let lagSeconds: Double?
        /// Since its last successful poll; nil: never.
        public let secondsSinceSuccess: Double?
    }

    public let backlog: [Backlog]
    /// Per channel with due deliveries, how long the oldest has been due.
    public let oldestDueSeconds: [String: Double]
    public let feeds: [Feed]

    /// A sample gives up after this long: a slow database must not pile up samplers' queries.
    public static let statementTimeout = "5s"

    public static func read(_ client: PostgresClient, logger: Logger = .silent) async throws -> OperationsSnapshot {
        try await client.transaction(logger: logger) { db in
            try await db.execute(
                PostgresQuery(unsafeSQL: "SET LOCAL statement_timeout = '\(statementTimeout)'"), logger: logger)
            var backlog: [Backlog] = []
            for try await (state, channel, count) in try await db.query(
                """
                SELECT state, channel, count(*) FROM deliveries
                WHERE state IN ('pending', 'sending', 'possibly_sent', 'dead')
                GROUP BY state, channel ORDER BY state, channel
                """, logger: logger
            ).decode((String, String, Int).self) {
                backlog.append(Backlog(state: state, channel: channel, count: count))
            }
            let pendingChannels = backlog.filter { $0.state == "pending" }.map(\.channel)
            var oldest: [String: Double] = [:]
            // One index probe per channel: the oldest pending row's due time, if it is past.
            for try await (channel, seconds) in try await db.query(
                """
                SELECT c.channel, extract(epoch FROM now() - first.due_at)::float8
                FROM unnest(\(pendingChannels)::text[]) AS c(channel)
                CROSS JOIN LATERAL (SELECT due_at FROM deliveries d
                                    WHERE d.state = 'pending' AND d.channel = c.channel
                                    ORDER BY due_at LIMIT 1) first
                WHERE first.due_at <= now()
                """, logger: logger
            ).decode((String, Double).self) { oldest[channel] = seconds }
            var feeds: [Feed] = []
            for try await (name, lag, sinceSuccess) in try await db.query(
                """
                SELECT name, extract(epoch FROM now() - caught_up_at)::float8,
                       extract(epoch FROM now() - last_success_at)::float8
                FROM channel_cursors ORDER BY name
                """, logger: logger
            ).decode((String, Double?, Double?).self) {
                feeds.append(Feed(name: name, lagSeconds: lag, secondsSinceSuccess: sinceSuccess))
            }
            return OperationsSnapshot(backlog: backlog, oldestDueSeconds: oldest, feeds: feeds)
        }
    }
}
