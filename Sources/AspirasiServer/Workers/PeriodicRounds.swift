import Logging
import ServiceLifecycle

/// The loop every periodic worker runs: a round, then a pause, until the hub shuts down. A failed round
/// is logged and the next one tries again (a database blip must not stop a worker for good).
enum PeriodicRounds {
    static func run(
        every interval: Duration, _ what: String, logger: Logger, _ round: @escaping @Sendable () async throws -> Void
    ) async throws {
        try await run(pausing: { interval }, what, logger: logger, round)
    }

    /// As `run(every:)`, with the pause after each round asked of `pause` then.
    static func run(
        pausing pause: @escaping @Sendable () -> Duration, _ what: String, logger: Logger,
        _ round: @escaping @Sendable () async throws -> Void
    ) async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await round()
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning("\(what) round failed", metadata: ["error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: pause())
            }
        }
    }
}
