import AspirasiStore
import Logging
import ServiceLifecycle

/// Measures the read standby's lag every `interval` (`ReadDatabase.measure`), which decides where the
/// lag-tolerant reads go until the next measurement, and shows it as metrics: the lag in seconds (-1
/// when unreachable) and whether reads use the standby (1) or the primary (0).
struct StandbyLagMonitor: Service {
    let database: ReadDatabase
    let metrics: HubMetrics
    let logger: Logger
    var interval = Duration.seconds(1)

    func run() async throws {
        try await PeriodicRounds.run(every: interval, "standby lag measurement", logger: logger) {
            let previous = database.state
            let state = await database.measure(logger: logger)
            record(state)
            if Self.inUse(state) != Self.inUse(previous) {
                logger.notice(
                    Self.inUse(state) ? "reads go to the standby" : "reads go to the primary",
                    metadata: ["standby": "\(state)"])
            }
        }
    }

    func record(_ state: ReadDatabase.StandbyState) {
        let lag: Double
        switch state {
        case .usable(let seconds), .lagging(let seconds): lag = seconds.isFinite ? seconds : Double(Int32.max)
        case .unreachable, .none: lag = -1
        }
        metrics.gauge(HubMetrics.Name.standbyLag, [], lag)
        metrics.gauge(HubMetrics.Name.standbyInUse, [], Self.inUse(state) ? 1 : 0)
    }

    static func inUse(_ state: ReadDatabase.StandbyState) -> Bool {
        if case .usable = state { return true }
        return false
    }
}
