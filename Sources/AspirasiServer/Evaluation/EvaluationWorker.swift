import AspirasiCore
import AspirasiStore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps the evaluation ready: every `interval` it recomputes the current month's figures (so that a
/// reader reads a stored row instead of scanning the month) and freezes the month before once it is
/// over. Any number of hubs may run one: a month is frozen by whichever gets there first, once.
public struct EvaluationWorker: Service {
    let store: EvaluationStore
    let interval: Duration
    let logger: Logger

    public init(store: EvaluationStore, interval: Duration = .seconds(60), logger: Logger) {
        self.store = store
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await runOnce()
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning("evaluation round failed", metadata: ["error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One round: the month before frozen (a no-op once it is), the current month refreshed.
    public func runOnce(now: Date = Date()) async throws {
        let current = EvaluationMonth(containing: now.timeIntervalSince1970)
        _ = try await store.facts(for: current.previous, now: now, maxAge: .infinity, logger: logger)
        try await store.refresh(current, now: now, logger: logger)
    }
}
