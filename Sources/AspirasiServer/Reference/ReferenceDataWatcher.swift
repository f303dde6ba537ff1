import AspirasiStore
import Logging
import ServiceLifecycle

/// Keeps the hub's catalog and kelurahan index in step with the database: every `interval` it reads
/// the reference version (one row) and reloads when an import, by any process, moved it. Several
/// hubs on one database each notice within `interval`; until then a hub answers from the polygons it
/// had, which an import changes rarely and only at the edges.
public struct ReferenceDataWatcher: Service {
    let intake: IntakeQueue
    let interval: Duration
    let logger: Logger

    public init(intake: IntakeQueue, interval: Duration = .seconds(5), logger: Logger) {
        self.intake = intake
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                do {
                    if try await intake.reloadIfChanged() {
                        logger.notice("reference data changed; catalog and kelurahan polygons reloaded")
                    }
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning(
                        "reference data check failed", metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        }
    }
}
