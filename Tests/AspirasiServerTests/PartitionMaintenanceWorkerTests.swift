import Foundation
import Testing

@testable import AspirasiServer

/// The partition worker's rounds come every interval, and a minute after each month begins (Jakarta time),
/// when the month's partitions hold their first rows to analyze.
@Suite struct PartitionMaintenanceWorkerTests {
    @Test func theWorkerWakesJustAfterAMonthBegins() {
        // 30 November 2026, 23:30 in Jakarta (16:30 UTC): December begins in 30 minutes.
        let beforeDecember = Date(timeIntervalSince1970: 1_796_056_200)
        #expect(
            PartitionMaintenanceWorker.pause(after: beforeDecember, interval: .seconds(3600)) == .seconds(31 * 60))
        // Mid-month, the interval.
        let midMonth = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(PartitionMaintenanceWorker.pause(after: midMonth, interval: .seconds(3600)) == .seconds(3600))
        // 1 December, 00:01 in Jakarta, the round after the start: then the interval again.
        let justAfter = Date(timeIntervalSince1970: 1_796_058_060)
        #expect(PartitionMaintenanceWorker.pause(after: justAfter, interval: .seconds(3600)) == .seconds(3600))
    }
}
