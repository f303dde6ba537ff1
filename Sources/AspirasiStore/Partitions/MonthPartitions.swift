import Foundation
import Logging
import PostgresNIO

/// Keeps month partitions of reports, events, inbound messages and deliveries ready ahead of time
/// (migration 0048): a row whose month has no partition could not be written, so the months to come are
/// made well before they begin. Any number of hubs may run it: a round holds a transaction-scoped
/// advisory lock and the others skip; making a partition takes a short exclusive lock on its table, so
/// a round gives up after `lockTimeout` rather than queue the intake behind it, and the next round tries
/// again.
public struct MonthPartitions: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    /// The tables partitioned by month.
    public static let tables = ["reports", "report_events", "inbound_messages", "deliveries"]
    /// A month-encoded id is YYYYMM times this plus a sequence number (`aspirasi_month_id`).
    public static let idScale = 10_000_000_000

    /// The smallest id a row about report `reportID` can have. Its events, messages and deliveries are written
    /// at or after it, so their ids are of its month or later; one month earlier is allowed for a clock set
    /// back across a month's end. A report from before month ids (the legacy partition) bounds nothing. Given
    /// to a query as `id >= bound`, it lets the planner leave out the older months' partitions.
    public static func rowsLowerBound(ofReport reportID: Int) -> Int {
        let month = reportID / idScale
        guard month >= 200_001 else { return 0 }
        let previous = month % 100 == 1 ? (month / 100 - 1) * 100 + 12 : month - 1
        return previous * idScale
    }

    /// Key of the advisory lock the rounds share (any constant no other lock in the hub uses).
    static let lockKey: Int64 = 0x4153_5049_5041_5254
    static let lockTimeout = "5s"

    /// What one round did; `skipped` when another hub held the lock.
    public struct Round: Sendable, Equatable {
        public var skipped = false
        public var created = 0
        /// This month's partitions analyzed for the first time (see `analyzeFirstTime`).
        public var analyzed: [String] = []
    }

    /// Makes the partitions from the month of `at` (Jakarta time) to `monthsAhead` months later that are
    /// missing; `at` is now except in tests.
    public func createAhead(monthsAhead: Int, at: Date? = nil, logger: Logger = .silent) async throws -> Round {
        do {
            return try await client.transaction(logger: logger) { db in
                let locked = try await db.first(
                    "SELECT pg_try_advisory_xact_lock(\(Self.lockKey))", as: Bool.self, logger: logger)
                guard let locked, locked else { return Round(skipped: true) }
                try await db.execute(
                    "SELECT set_config('lock_timeout', \(Self.lockTimeout), true)", logger: logger)
                let created =
                    try await db.first(
                        "SELECT aspirasi_create_month_partitions(\(monthsAhead)::int, COALESCE(\(at), now()))",
                        as: Int.self, logger: logger) ?? 0
                let analyzed = try await analyzeFirstTime(at: at, on: db, logger: logger)
                return Round(created: created, analyzed: analyzed)
            }
        } catch let error as PostgresTransactionError {
            throw IntakeQueue.unwrap(error)
        }
    }

    /// ANALYZEs each of this month's partitions that holds rows and was never analyzed (`reltuples` is -1
    /// until the first ANALYZE or VACUUM). A month's partition is made empty, ahead of time; until autovacuum
    /// first analyzes it (after 50 rows, at its next turn), statements are planned on default selectivities, and
    /// a plan made then can read the whole partition (the outbox's claim did, in the first minute of a month).
    /// The worker wakes just after each month begins to run this (`PartitionMaintenanceWorker`).
    func analyzeFirstTime(at: Date?, on db: PostgresConnection, logger: Logger) async throws -> [String] {
        let rows = try await db.query(
            """
            SELECT c.relname FROM pg_class c
            WHERE c.relname IN (SELECT t || '_' || to_char(COALESCE(\(at), now()) AT TIME ZONE 'Asia/Jakarta', 'YYYY_MM')
                                FROM unnest(\(Self.tables)::text[]) t)
              AND c.relkind = 'r' AND c.reltuples < 0
            ORDER BY c.relname
            """, logger: logger)
        var fresh: [String] = []
        for try await name in rows.decode(String.self) { fresh.append(name) }
        var analyzed: [String] = []
        // The names come from pg_class and match the partitions' pattern; checked before they are spliced in.
        for name in fresh where name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) {
            let hasRows = try await db.first(
                "SELECT EXISTS (SELECT 1 FROM \(unescaped: name))", as: Bool.self, logger: logger)
            guard hasRows == true else { continue }
            try await db.execute("ANALYZE \(unescaped: name)", logger: logger)
            analyzed.append(name)
        }
        return analyzed
    }

    /// The month partitions of `table` (not the legacy one), oldest first.
    public func partitions(of table: String, logger: Logger = .silent) async throws -> [String] {
        var names: [String] = []
        let rows = try await client.query(
            """
            SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = \(table)::regclass AND c.relname <> \(table + "_legacy")
            ORDER BY c.relname
            """, logger: logger)
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }
}
