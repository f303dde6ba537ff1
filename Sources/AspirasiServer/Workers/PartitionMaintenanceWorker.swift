import AspirasiStore
import Foundation
import Logging
import ServiceLifecycle

/// Makes the month partitions of reports, events, inbound messages and deliveries ahead of time
/// (`ASPIRASI_PARTITION_MONTHS_AHEAD`, 3 by default): at start, then every `interval`. Every hub runs
/// one; the rounds' advisory lock lets one hub make them, the others skip. A round also analyzes this
/// month's partitions the first time they hold rows, so it wakes a minute after each month begins too.
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
        let interval = interval
        try await PeriodicRounds.run(
            pausing: { Self.pause(after: .now, interval: interval) }, "partition maintenance", logger: logger
        ) {
            let round = try await partitions.createAhead(monthsAhead: monthsAhead, logger: logger)
            if round.created > 0 {
                logger.notice(
                    "month partitions created",
                    metadata: ["created": "\(round.created)", "months_ahead": "\(monthsAhead)"])
            }
            if !round.analyzed.isEmpty {
                logger.info("month partitions analyzed", metadata: ["partitions": "\(round.analyzed)"])
            }
        }
    }

    /// The interval, or less when the next month (Jakarta time) begins sooner: then a minute after it begins,
    /// when its partitions hold their first rows.
    static func pause(after now: Date, interval: Duration) -> Duration {
        guard let jakarta = TimeZone(identifier: "Asia/Jakarta") else { return interval }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = jakarta
        guard let month = calendar.dateInterval(of: .month, for: now) else { return interval }
        let untilNext = month.end.timeIntervalSince(now) + 60
        return untilNext < Double(interval.components.seconds) ? .seconds(untilNext) : interval
    }
}
