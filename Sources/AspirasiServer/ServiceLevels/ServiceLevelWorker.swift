import AspirasiCore
import AspirasiStore
import Foundation
import Logging
import ServiceLifecycle

/// Watches every open report's deadlines and escalates late ones, once per
/// level, up the region hierarchy. Rounds run every `interval`, and back to
/// back while a round comes back full; any number of hub processes may run
/// one (the store's rounds skip each other's locked reports).
public struct ServiceLevelWorker: Service {
    let store: ServiceLevelStore
    let workingHours: WorkingCalendar
    let interval: Duration
    let batchSize: Int
    let metrics: HubMetrics
    let logger: Logger

    public init(
        store: ServiceLevelStore, workingHours: WorkingCalendar, interval: Duration = .seconds(60),
        batchSize: Int = 200, metrics: HubMetrics = .disabled, logger: Logger
    ) {
        self.metrics = metrics
        self.store = store
        self.workingHours = workingHours
        self.interval = interval
        self.batchSize = batchSize
        self.logger = logger
    }

    public func run() async throws {
        try await PeriodicRounds.run(every: interval, "SLA", logger: logger) {
            while try await runOnce().checked == batchSize {}
        }
    }

    /// One round with today's holidays.
    @discardableResult
    public func runOnce(now: Date = Date()) async throws -> ServiceLevelStore.RoundResult {
        let calendar = try await store.calendar(hours: workingHours, logger: logger)
        let result = try await store.runRound(
            policy: SLAPolicy(calendar: calendar), now: now, limit: batchSize, logger: logger)
        metrics.escalated(result.escalations)
        if result.escalations > 0 {
            logger.notice(
                "reports escalated",
                metadata: ["escalations": "\(result.escalations)", "notifications": "\(result.notifications)"])
        }
        return result
    }
}
