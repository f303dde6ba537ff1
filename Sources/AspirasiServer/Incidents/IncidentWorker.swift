import AspirasiStore
import Logging
import ServiceLifecycle

/// Runs the incident detector every `interval` (a minute by default): joins, opens and closes incidents.
/// Every hub runs one; the detector's lock lets one round run at a time, so a surge opens one incident
/// and its contacts hear of it once.
public struct IncidentWorker: Service {
    let detector: IncidentDetector
    let interval: Duration
    let logger: Logger

    public init(detector: IncidentDetector, interval: Duration = .seconds(60), logger: Logger) {
        self.detector = detector
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await PeriodicRounds.run(every: interval, "incident detection", logger: logger) {
            _ = try await detector.round(logger: logger)
        }
    }
}
