import Logging
import PostgresNIO
import Synchronization

/// Where reads that tolerate some lag go (dashboards' counts, the evaluation, public pages): a
/// streaming standby (`DATABASE_READ_URL`) while it is reachable and at most `maxLagSeconds` behind,
/// the primary otherwise. Writes, and reads that must see what the same person just wrote (a report
/// page after an action, an officer's queue), use the primary client directly, never this.
///
/// How far behind the standby is comes from `measure` (the hub's `StandbyLagMonitor` calls it every
/// second): caught up when it has replayed the primary's current WAL position, otherwise the age of
/// the last transaction it replayed. Until a first measurement, and whenever one fails or times out,
/// reads go to the primary.
public final class ReadDatabase: Sendable {
    /// What the last measurement found.
    public enum StandbyState: Sendable, Equatable {
        /// No standby configured, or not measured yet.
        case none
        /// Reachable and at most the bound behind: reads go there.
        case usable(lagSeconds: Double)
        /// Reachable but further behind than the bound: reads go to the primary.
        case lagging(lagSeconds: Double)
        /// Did not answer the last measurement: reads go to the primary.
        case unreachable
    }

    public let primary: PostgresClient
    /// The standby's client; nil when reads all go to the primary. It must run (the hub adds it to its services).
    public let standby: PostgresClient?
    /// How far behind (seconds) the standby may be and still be read (`ASPIRASI_READ_MAX_LAG_SECONDS`).
    public let maxLagSeconds: Double
    /// How long a measurement may take before the standby counts as unreachable.
    public let measureTimeout: Duration
    private let current = Mutex(StandbyState.none)

    /// Every read on the primary.
    public init(primary: PostgresClient) {
        self.primary = primary
        self.standby = nil
        self.maxLagSeconds = 0
        self.measureTimeout = .seconds(2)
    }

    public init(
        primary: PostgresClient, standby: PostgresClient, maxLagSeconds: Double, measureTimeout: Duration = .seconds(2)
    ) {
        self.primary = primary
        self.standby = standby
        self.maxLagSeconds = maxLagSeconds
        self.measureTimeout = measureTimeout
    }

    public var state: StandbyState { current.withLock { $0 } }

    /// The client a lag-tolerant read should use now.
    public var client: PostgresClient {
        guard let standby, case .usable = state else { return primary }
        return standby
    }

    /// Runs `read` on `client`; when the standby fails it (gone mid-read, a query cancelled by a
    /// recovery conflict), marks it unreachable until the next measurement and runs `read` on the primary.
    public func read<T: Sendable>(_ read: (PostgresClient) async throws -> T) async throws -> T {
        let chosen = client
        guard chosen !== primary else { return try await read(primary) }
        do {
            return try await read(chosen)
        } catch let error as PSQLError where Self.isStandbyTrouble(error) {
            current.withLock { $0 = .unreachable }
            return try await read(primary)
        }
    }

    /// The standby's own trouble rather than the query's: no server answer at all (connection lost or
    /// refused), or SQLSTATE classes 08 (connection), 40 (a recovery conflict cancels as a
    /// serialization failure) and 57 (operator intervention: shutdown, cancel on conflict).
    static func isStandbyTrouble(_ error: PSQLError) -> Bool {
        guard let state = error.serverInfo?[.sqlState] else { return true }
        return ["08", "40", "57"].contains(String(state.prefix(2)))
    }

    /// Measures the standby, stores the verdict and returns it; `.none` without a standby.
    @discardableResult
    public func measure(logger: Logger) async -> StandbyState {
        guard let standby else { return .none }
        let bound = maxLagSeconds
        let primary = self.primary
        let verdict: StandbyState
        do {
            let lag = try await Self.within(measureTimeout) {
                try await Self.lag(of: standby, behind: primary, logger: logger)
            }
            verdict = lag <= bound ? .usable(lagSeconds: lag) : .lagging(lagSeconds: lag)
        } catch {
            logger.debug("standby measurement failed", metadata: ["error": "\(String(reflecting: error))"])
            verdict = .unreachable
        }
        current.withLock { $0 = verdict }
        return verdict
    }

    /// Seconds the standby is behind: 0 once it has replayed the primary's current WAL position (or
    /// is not in recovery at all), else the age of the last transaction it replayed (infinite when
    /// it has replayed none since it started).
    static func lag(of standby: PostgresClient, behind primary: PostgresClient, logger: Logger) async throws -> Double {
        guard
            let position = try await primary.first("SELECT pg_current_wal_lsn()::text", as: String.self, logger: logger)
        else { throw StoreError(.unavailable, "the primary did not tell its WAL position") }
        let lag = try await standby.first(
            """
            SELECT CASE
                WHEN NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() >= \(position)::pg_lsn THEN 0
                ELSE COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()),
                              'Infinity')::float8
            END
            """, as: Double.self, logger: logger)
        guard let lag else { throw StoreError(.unavailable, "the standby did not tell its lag") }
        return max(0, lag)
    }

    /// `work`, or an `.unavailable` error after `limit` (a dead standby's pool may wait far longer).
    static func within<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw StoreError(.unavailable, "the standby did not answer within \(limit)")
            }
            return value
        }
    }
}
