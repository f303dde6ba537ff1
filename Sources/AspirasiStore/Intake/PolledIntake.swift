import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// How one polled feed is doing: when it last read successfully, how long ago, how far behind
/// the feed it is, and its last error.
public struct PollerHealth: Sendable, Codable, Equatable {
    public let feed: String
    public let cursor: String?
    public let lastSuccessAt: Date?
    public let secondsSinceSuccess: Double?
    /// Seconds since the feed was last read to its end (nil: never). Near the polling interval when
    /// healthy; growing while a backlog is being worked through or polls fail.
    public let lagSeconds: Double?
    /// The provider's time of the newest message taken in.
    public let newestItemAt: Date?
    public let lastError: String?
    public let lastErrorAt: Date?
}

/// Intake for channels the hub polls. One poll is one transaction: it locks
/// the feed's cursor row (a second hub polling the same feed skips the round
/// instead of fetching the same page), fetches from the cursor, records the
/// messages and moves the cursor, and commits them together: a crash before
/// the commit re-reads the same page, which the intake's dedupe makes harmless.
public struct PolledIntake: Sendable {
    let client: PostgresClient
    let intake: IntakeQueue

    public init(client: PostgresClient, intake: IntakeQueue) {
        self.client = client
        self.intake = intake
    }

    public typealias Page = FeedPage

    /// What one poll took in, and whether the feed has more waiting.
    public struct Round: Sendable {
        public let results: [IntakeResult]
        public let hasMore: Bool
        /// The feed's channel (nil: an empty page).
        let channel: AspirasiCore.Channel?

        /// How many messages were new (not repeats of ones already taken in).
        public var created: Int { results.filter(\.created).count }
    }

    /// Nil when another hub is polling `feed` right now.
    public func poll(
        _ feed: String, logger: Logger = .silent, fetch: @escaping @Sendable (_ cursor: String?) async throws -> Page
    ) async throws -> Round? {
        let store = try await intake.intakeStore()
        try await client.query(
            "INSERT INTO channel_cursors (name) VALUES (\(feed)) ON CONFLICT (name) DO NOTHING", logger: logger)
        do {
            let since = ContinuousClock.now
            let round = try await poll(feed, store: store, logger: logger, fetch: fetch)
            if let round, let channel = round.channel, let observer = intake.observer {
                let elapsed = ContinuousClock.now - since
                for result in round.results { observer(channel, result, elapsed) }
            }
            return round
        } catch {
            // The transaction is gone; the failure is recorded on its own so admins see it.
            try? await client.query(
                """
                UPDATE channel_cursors SET last_error = \(String(describing: error).prefix(500).description),
                       last_error_at = now()
                WHERE name = \(feed)
                """, logger: logger)
            throw error
        }
    }

    private func poll(
        _ feed: String, store: IntakeStore, logger: Logger,
        fetch: @escaping @Sendable (_ cursor: String?) async throws -> Page
    ) async throws -> Round? {
        do {
            return try await client.transaction(logger: logger) { db -> Round? in
                var locked = false
                var cursor: String?
                for try await value in try await db.run(
                    "SELECT value FROM channel_cursors WHERE name = \(feed) FOR UPDATE SKIP LOCKED", logger: logger
                ).decode(String?.self) {
                    locked = true
                    cursor = value
                }
                guard locked else { return nil }
                let page = try await fetch(cursor)
                let newest = page.messages.map { $0.storable() }.compactMap(\.sentAt).max()
                let results = try await Self.process(page.messages, store, db, logger)
                try await db.execute(
                    """
                    UPDATE channel_cursors SET value = coalesce(\(page.cursor)::text, value),
                           updated_at = CASE WHEN \(page.cursor)::text IS NOT NULL AND \(page.cursor)::text IS DISTINCT FROM value
                                             THEN now() ELSE updated_at END,
                           last_success_at = now(),
                           caught_up_at = CASE WHEN \(page.hasMore) THEN caught_up_at ELSE now() END,
                           newest_item_at = LEAST(GREATEST(newest_item_at, \(newest)::timestamptz), now())
                    WHERE name = \(feed)
                    """, logger: logger)
                return Round(results: results, hasMore: page.hasMore, channel: page.messages.first?.channel)
            }
        } catch let error as PostgresTransactionError {
            throw IntakeQueue.unwrap(error)
        }
    }

    /// The page in one go; if that fails, message by message, each in a savepoint, so that one
    /// message the intake cannot take does not hold the feed at this page for ever (it is logged
    /// and skipped; the others are recorded and the cursor moves on).
    static func process(
        _ page: [InboundMessage], _ store: IntakeStore, _ db: PostgresConnection, _ logger: Logger
    ) async throws -> [IntakeResult] {
        let messages = try await withoutEchoes(page, db, logger)
        try await db.execute("SAVEPOINT polled_page", logger: logger)
        do {
            let results = try await store.process(messages, on: db, logger: logger)
            try await db.execute("RELEASE SAVEPOINT polled_page", logger: logger)
            return results
        } catch {
            try await db.execute("ROLLBACK TO SAVEPOINT polled_page", logger: logger)
        }
        var results: [IntakeResult] = []
        for message in messages {
            try await db.execute("SAVEPOINT polled_message", logger: logger)
            do {
                results += try await store.process([message], on: db, logger: logger)
                try await db.execute("RELEASE SAVEPOINT polled_message", logger: logger)
            } catch {
                // Only a message PostgreSQL refuses for its data (class 22 or 23: a NUL byte, a value out
                // of range) is skipped; anything else (a deadlock, a timeout) fails the round, which
                // leaves the cursor where it was and reads the page again.
                guard let state = Self.sqlState(error), state.hasPrefix("22") || state.hasPrefix("23") else {
                    throw error
                }
                try await db.execute("ROLLBACK TO SAVEPOINT polled_message", logger: logger)
                logger.error(
                    "a polled message could not be taken in; skipped",
                    metadata: [
                        "channel": "\(message.channel.rawValue)", "message": "\(message.externalID)",
                        "sqlstate": "\(state)",
                    ])
            }
        }
        return results
    }

    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// A feed lists our own replies beside the citizens' posts (a forum's latest posts, a mention
    /// timeline): a message whose id is the provider id of something we sent is our echo.
    static func withoutEchoes(
        _ messages: [InboundMessage], _ db: PostgresConnection, _ logger: Logger
    ) async throws -> [InboundMessage] {
        guard !messages.isEmpty else { return messages }
        var ours = Set<String>()
        for channel in Set(messages.map(\.channel)) {
            let ids = messages.filter { $0.channel == channel }.map(\.externalID)
            for try await id in try await db.query(
                """
                SELECT provider_id FROM deliveries
                WHERE channel = \(channel.rawValue) AND provider_id = ANY(\(ids)::text[])
                """, logger: logger
            ).decode(String.self) { ours.insert("\(channel.rawValue)\u{0}\(id)") }
        }
        return messages.filter { !ours.contains("\($0.channel.rawValue)\u{0}\($0.externalID)") }
    }

    /// Every polled feed's state, for admins.
    public func health(logger: Logger = .silent) async throws -> [PollerHealth] {
        let rows = try await client.query(
            """
            SELECT name, value, last_success_at, extract(epoch FROM now() - last_success_at)::float8,
                   extract(epoch FROM now() - caught_up_at)::float8, newest_item_at, last_error, last_error_at
            FROM channel_cursors ORDER BY name
            """, logger: logger)
        var feeds: [PollerHealth] = []
        for try await row in rows.decode((String, String?, Date?, Double?, Double?, Date?, String?, Date?).self) {
            feeds.append(
                PollerHealth(
                    feed: row.0, cursor: row.1, lastSuccessAt: row.2, secondsSinceSuccess: row.3, lagSeconds: row.4,
                    newestItemAt: row.5, lastError: row.6, lastErrorAt: row.7))
        }
        return feeds
    }

    /// Moves a feed's cursor (an admin's start point or rewind). A poll in progress holds the row, so
    /// this waits for it and the next poll starts from here.
    public func setCursor(_ feed: String, to value: String, logger: Logger = .silent) async throws {
        try await client.query(
            """
            INSERT INTO channel_cursors (name, value) VALUES (\(feed), \(value))
            ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
            """, logger: logger)
    }

    public func cursor(_ feed: String, logger: Logger = .silent) async throws -> String? {
        try await client.first(
            "SELECT value FROM channel_cursors WHERE name = \(feed)", as: String?.self, logger: logger) ?? nil
    }
}
