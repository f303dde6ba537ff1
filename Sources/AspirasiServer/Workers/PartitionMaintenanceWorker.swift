import AspirasiStore
import Logging
import ServiceLifecycle

/// Makes the month partitions of reports, events, inbound messages and deliveries ahead of time
/// (`ASPIRASI_PARTITION_MONTHS_AHEAD`, 3 by default): at start, then every `interval`. Every hub runs
/// one; the rounds' advisory lock lets one hub make them, the others skip.
public struct PartitionMaintenanceWorker: Service {
    let partitions: MonthPartitions
    let monthsAhead: Int
    let interval: Duration
    let logger: Logger

    public init(partitions: MonthPartitions, monthsAhead: Int, interval: Duration = .seconds(3600), logger: Logger) {
        self.partitions = partitions
        self.monthsAhead = monthsAhead
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await PeriodicRounds.run(every: interval, "partition maintenance", logger: logger) {
            let round = try await partitions.createAhead(monthsAhead: monthsAhead, logger: logger)
            if round.created > 0 {
                logger.notice(
                    "month partitions created",
                    metadata: ["created": "\(round.created)", "months_ahead": "\(monthsAhead)"])
            }
        }
    }
}
