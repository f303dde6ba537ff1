import Logging
import PostgresNIO

/// A hub that starts while its database is down or still recovering (an orchestrator restarting
/// both, a failover, the minute after `pg_ctl stop -m immediate`) waits for it instead of exiting:
/// otherwise every replica that happens to start then dies, and a blip becomes an outage.
public enum DatabaseStartup {
    /// How long a starting hub waits for its database before it gives up.
    public static let defaultPatience: Duration = .seconds(120)

    /// Runs `work` until it succeeds, retrying while the database cannot be reached, with a pause that
    /// grows from a quarter second to five; any other error, or `patience` spent, is thrown.
    public static func waitingForDatabase<T: Sendable>(
        patience: Duration = defaultPatience, logger: Logger, _ work: () async throws -> T
    ) async throws -> T {
        let clock = ContinuousClock()
        let deadline = clock.now + patience
        var pause: Duration = .milliseconds(250)
        while true {
            do {
                return try await work()
            } catch {
                guard isUnreachable(error) && clock.now + pause < deadline else { throw error }
                logger.warning(
                    "the database cannot be reached yet; waiting",
                    metadata: ["error": "\(String(describing: error).prefix(200))", "retry_in": "\(pause)"])
                try await Task.sleep(for: pause)
                pause = min(pause * 2, .seconds(5))
            }
        }
    }

    /// Whether `error` says the database is not there (refused, closed, starting up, shutting down,
    /// in recovery) rather than that it refused what was asked.
    public static func isUnreachable(_ error: any Error) -> Bool {
        if let error = error as? StoreError { return error.kind == .unavailable }
        // After a minute of failed connection attempts PostgresNIO's pool fails waiting queries with its
        // own `ConnectionPoolError` (circuit breaker tripped); that type lives in an underscored module
        // we do not import, so it is known by name.
        if String(reflecting: type(of: error)).hasSuffix(".ConnectionPoolError") { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .poolClosed:
            return true
        case .server:
            // Class 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now.
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state)
        default:
            return false
        }
    }
}
