import AspirasiStore
import Logging
import PostgresNIO
import ServiceLifecycle

/// Samples the gauges that live in the database (outbox backlog, oldest due delivery, poller lag)
/// every `interval`: one short, index-bound transaction per round, whatever the scrape rate.
/// A series that disappears from the sample (a state's last row sent) is set to 0, not left at
/// its last value.
public struct OperationsSampler: Service {
    let client: PostgresClient
    let metrics: HubMetrics
    let interval: Duration
    let logger: Logger

    public init(client: PostgresClient, metrics: HubMetrics, interval: Duration = .seconds(15), logger: Logger) {
        self.client = client
        self.metrics = metrics
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            var shown = ShownSeries()
            while !Task.isCancelled {
                await sampleOnce(&shown)
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// Series set by earlier rounds, so a round can zero the ones its sample no longer names.
    struct ShownSeries {
        var backlog: Set<[String]> = []
        var oldest: Set<String> = []
    }

    func sampleOnce(_ shown: inout ShownSeries) async {
        let snapshot: OperationsSnapshot
        do {
            snapshot = try await OperationsSnapshot.read(client, logger: logger)
        } catch {
            metrics.sampleFailed()
            logger.debug("operations sample failed", metadata: ["error": "\(String(reflecting: error))"])
            return
        }
        record(snapshot, &shown)
    }

    func record(_ snapshot: OperationsSnapshot, _ shown: inout ShownSeries) {
        var backlog = Set<[String]>()
        for row in snapshot.backlog {
            metrics.gauge(
                HubMetrics.Name.outboxBacklog, [("state", row.state), ("channel", row.channel)], Double(row.count))
            backlog.insert([row.state, row.channel])
        }
        for gone in shown.backlog.subtracting(backlog) {
            metrics.gauge(HubMetrics.Name.outboxBacklog, [("state", gone[0]), ("channel", gone[1])], 0)
        }
        shown.backlog = backlog
        for (channel, seconds) in snapshot.oldestDueSeconds {
            metrics.gauge(HubMetrics.Name.oldestDue, [("channel", channel)], seconds)
        }
        for gone in shown.oldest.subtracting(snapshot.oldestDueSeconds.keys) {
            metrics.gauge(HubMetrics.Name.oldestDue, [("channel", gone)], 0)
        }
        shown.oldest = Set(snapshot.oldestDueSeconds.keys)
        for feed in snapshot.feeds {
            // -1: never read to its end (or never read at all), which an alert can tell from "caught up".
            metrics.gauge(HubMetrics.Name.pollerLag, [("feed", feed.name)], feed.lagSeconds ?? -1)
            metrics.gauge(HubMetrics.Name.pollerSinceSuccess, [("feed", feed.name)], feed.secondsSinceSuccess ?? -1)
        }
    }
}
