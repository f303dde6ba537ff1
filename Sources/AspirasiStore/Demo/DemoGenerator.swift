import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// Fills a database with a synthetic month (or a city's history of months):
/// reports from every kota, channel and status with their whole history
/// (events, messages, photos, deliveries, escalations), the citizens who sent
/// them, and the officers who acted.
///
/// Everything is written set-based: the reference material goes into a
/// scratch schema (`aspirasi_demo`) once, then each chunk of days is a few
/// `INSERT ... SELECT` statements over `generate_series` in one transaction,
/// chunks running on several connections at once. Into an empty database the
/// secondary indexes of the written tables are built once after the load
/// rather than row by row (`DemoIndexes`). A million reports take minutes.
/// The rows have exactly the shape the intake and the workflow write
/// (tracking numbers from `aspirasi_tracking_number`, the status cached on
/// the report, service-level deadlines on the configured working hours).
public struct DemoGenerator: Sendable {
    public struct Options: Sendable {
        /// Reports to create over the month before `now`.
        public var reports = 6_000
        /// Calendar months the reports are spread over, the current one last; 1 is the last 30 days. A
        /// history of several months writes deliveries only for its last 30 days.
        public var months = 1
        /// Add to a database that holds reports already.
        public var force = false
        public var now = Date()
        /// Office hours for the service-level deadlines (holidays come from the database).
        public var workingHours = WorkingCalendar.jakartaDefault
        /// Chunks loaded at once, each on its own connection.
        public var connections = 2

        public init() {}
    }

    /// What was created, for the command to print.
    public struct Summary: Sendable {
        public var reports = 0
        public var events = 0
        public var deliveries = 0
        public var photos = 0
        public var citizens = 0
        public var accounts: [DemoAccount] = []
        public var seconds = 0.0
    }

    let client: PostgresClient

    public init(client: PostgresClient) {
        self.client = client
    }

    /// Generates the month and creates the demo accounts. `hashPassword` is the server's password hash (bcrypt);
    /// `progress` hears a line per chunk loaded.
    public func run(
        _ options: Options, hashPassword: @escaping @Sendable (String) async throws -> String,
        progress: @escaping @Sendable (String) -> Void = { _ in }, logger: Logger = .silent
    ) async throws -> Summary {
        let started = ContinuousClock.now
        guard options.reports >= 0, (1...240).contains(options.months) else { throw DemoError.invalidCount }
        do {
            try await lockedGenerate(options, hashPassword: hashPassword, progress: progress, logger: logger)
        } catch let error as PSQLError {
            throw StoreError(.unavailable, "the demo load failed and was rolled back: \(describe(error))")
        }
        var summary = try await count(logger: logger)
        summary.accounts = try await createAccounts(hashPassword: hashPassword, logger: logger)
        summary.seconds = (ContinuousClock.now - started).inSeconds
        return summary
    }

    private func lockedGenerate(
        _ options: Options, hashPassword: @escaping @Sendable (String) async throws -> String,
        progress: @escaping @Sendable (String) -> Void, logger: Logger
    ) async throws {
        try await client.withConnection { lock in
            // One generator at a time: the scratch schema is shared by its chunks.
            let locked = try await lock.first(
                "SELECT pg_try_advisory_lock(\(Self.lockKey))", as: Bool.self, logger: logger)
            guard locked == true else { throw DemoError.busy }
            do {
                try await generate(options, hashPassword: hashPassword, progress: progress, logger: logger)
                try await lock.execute("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
            } catch {
                try? await lock.execute("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger)
                throw error
            }
        }
    }

    /// "DEMO" in ASCII: distinct from the migrator's lock.
    static let lockKey: Int64 = 0x4445_4D4F

    private func generate(
        _ options: Options, hashPassword: @escaping @Sendable (String) async throws -> String,
        progress: @escaping @Sendable (String) -> Void, logger: Logger
    ) async throws {
        let existing = try await client.first("SELECT count(*) FROM reports", as: Int.self, logger: logger) ?? 0
        if existing > 0, !options.force { throw DemoError.notEmpty(reports: existing) }
        let catalog = try await IntakeCatalog.load(from: client, logger: logger)
        let calendar = try await ServiceLevelStore(client).calendar(hours: options.workingHours, logger: logger)
        let plan = DemoPlan(
            reports: options.reports, months: options.months, now: options.now, calendar: calendar,
            province: catalog.provinceCode)
        try await prepareReference(plan, catalog: catalog, hashPassword: hashPassword, logger: logger)
        try await preparePartitions(from: plan.firstDay, months: options.months, logger: logger)
        let connections = max(1, options.connections)
        // Into an empty database, the indexes are built once the rows are in: far cheaper than row by row.
        let deferred = existing == 0 ? try await DemoIndexes.drop(client, logger: logger) : DemoIndexes()
        do {
            let checks = try await referenceChecks(logger: logger)
            try await loadChunks(plan, checks: checks, connections: connections, progress: progress, logger: logger)
            try await client.execute("DROP SCHEMA IF EXISTS aspirasi_demo CASCADE", logger: logger)
            try await deferred.build(client, connections: connections, progress: progress, logger: logger)
        } catch {
            try? await client.execute("DROP SCHEMA IF EXISTS aspirasi_demo CASCADE", logger: logger)
            try? await deferred.build(client, connections: connections, progress: progress, logger: logger)
            throw error
        }
        // Fresh statistics and visibility maps: the planner and index-only scans see the new rows at once.
        for table in [
            "reports", "report_events", "deliveries", "inbound_messages", "report_photos", "report_followers",
        ] {
            try await client.execute(PostgresQuery(unsafeSQL: "VACUUM (ANALYZE) \(table)"), logger: logger)
        }
    }

    /// The month partitions of the history's rows (ids begin with the month of their time, migration 0048), from
    /// its first day's month to three months past today. A hub's maintenance round may hold their lock for a
    /// moment; the load waits for it rather than fail.
    private func preparePartitions(from firstDay: CivilDay, months: Int, logger: Logger) async throws {
        let partitions = MonthPartitions(client)
        let start = Date(timeIntervalSince1970: firstDay.jakartaMidnight)
        let deadline = ContinuousClock.now + .seconds(30)
        while try await partitions.createAhead(monthsAhead: months + 3, at: start, logger: logger).skipped {
            guard ContinuousClock.now < deadline else {
                throw StoreError(.unavailable, "the month partitions are locked by another hub; try again")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Runs the chunks, `connections` at a time, each in its own transaction.
    private func loadChunks(
        _ plan: DemoPlan, checks: ReferenceChecks, connections: Int, progress: @escaping @Sendable (String) -> Void,
        logger: Logger
    ) async throws {
        let queue = DemoChunkQueue(plan.chunks)
        let total = plan.reports
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<min(connections, max(plan.chunks.count, 1)) {
                group.addTask {
                    while let chunk = await queue.next() {
                        try await client.transaction(logger: logger) { db in
                            try await load(chunk, plan: plan, checks: checks, db, logger)
                        }
                        let done = await queue.finished(chunk.reports)
                        let seconds = (ContinuousClock.now - started).inSeconds
                        progress("loaded \(done) of \(total) reports (\(String(format: "%.0f", seconds)) s)")
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    private func count(logger: Logger) async throws -> Summary {
        let row = try await client.first(
            """
            SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM report_events),
                   (SELECT count(*) FROM deliveries), (SELECT count(*) FROM report_photos),
                   (SELECT count(*) FROM contact_identities)
            """, as: (Int, Int, Int, Int, Int).self, logger: logger)
        guard let row else { return Summary() }
        return Summary(reports: row.0, events: row.1, deliveries: row.2, photos: row.3, citizens: row.4)
    }
}

/// Why the generator refused or stopped.
public enum DemoError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database holds reports already; `force` adds to them.
    case notEmpty(reports: Int)
    /// Another generator is loading this database.
    case busy
    case invalidCount

    public var description: String {
        switch self {
        case .notEmpty(let reports):
            "the database already holds \(reports) reports; the demo fills an empty one (--force adds to it anyway)"
        case .busy: "another demo load is running on this database"
        case .invalidCount: "the number of reports must be zero or more, and of months 1 to 240"
        }
    }
}

/// The chunks still to load, handed out one at a time to the loading connections.
actor DemoChunkQueue {
    private var pending: [DemoPlan.Chunk]
    private var loaded = 0

    init(_ chunks: [DemoPlan.Chunk]) {
        pending = chunks.reversed()
    }

    func next() -> DemoPlan.Chunk? { pending.popLast() }

    func finished(_ reports: Int) -> Int {
        loaded += reports
        return loaded
    }
}
