import AspirasiCore
import AspirasiStore
import Metrics
import Prometheus

/// The hub's business metrics, made through swift-metrics. The factory is passed in rather than
/// taken from `MetricsSystem`: each test hub has its own registry, and the process-wide bootstrap
/// can happen once only. Names follow Prometheus' conventions (`_total` counters, `_seconds`).
public struct HubMetrics: Sendable {
    let factory: any MetricsFactory

    public init(factory: any MetricsFactory) {
        self.factory = factory
    }

    /// Into the hub's Prometheus registry, timers as histograms with intake-sized buckets.
    public init(registry: PrometheusCollectorRegistry) {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[Name.intakeDuration] = [
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
        ]
        factory.durationHistogramBuckets[Name.classification] = [
            .microseconds(25), .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500),
            .milliseconds(1), .milliseconds(2.5), .milliseconds(10),
        ]
        self.init(factory: factory)
    }

    /// Records nothing: for workers built outside a hub (tools, some tests).
    public static let disabled = HubMetrics(factory: NOOPMetricsHandler.instance)

    enum Name {
        static let intakeMessages = "aspirasi_intake_messages_total"
        static let intakeDuration = "aspirasi_intake_duration_seconds"
        static let classification = "aspirasi_classification_seconds"
        static let deliveries = "aspirasi_deliveries_total"
        static let escalations = "aspirasi_sla_escalations_total"
        static let photoFailures = "aspirasi_photo_fetch_failures_total"
        static let outboxBacklog = "aspirasi_outbox_backlog"
        static let oldestDue = "aspirasi_outbox_oldest_due_seconds"
        static let pollerLag = "aspirasi_poller_lag_seconds"
        static let pollerSinceSuccess = "aspirasi_poller_seconds_since_success"
        static let sampleFailures = "aspirasi_operations_sample_failures_total"
        static let standbyLag = "aspirasi_read_standby_lag_seconds"
        static let standbyInUse = "aspirasi_read_standby_in_use"
    }

    /// One message through the intake: its channel, what it became (`repeat` when it had been taken
    /// in before) and how long its caller waited, batching included.
    func intake(channel: Channel, result: IntakeResult, elapsed: Duration) {
        let outcome = result.created ? result.outcome.rawValue : "repeat"
        Counter(
            label: Name.intakeMessages, dimensions: [("channel", channel.rawValue), ("outcome", outcome)],
            factory: factory
        ).increment()
        Timer(label: Name.intakeDuration, dimensions: [("channel", channel.rawValue)], factory: factory)
            .record(duration: elapsed)
    }

    /// The rules and the learned model's time per message, averaged over an intake batch.
    public var classificationTimer: @Sendable (_ messages: Int, _ elapsed: Duration) -> Void {
        { messages, elapsed in
            guard messages > 0 else { return }
            let timer = Timer(label: Name.classification, factory: factory)
            let each = elapsed / messages
            for _ in 0..<messages { timer.record(duration: each) }
        }
    }

    /// The observer the intake queue and polled intake report to.
    public var intakeObserver: IntakeObserver {
        { channel, result, elapsed in intake(channel: channel, result: result, elapsed: elapsed) }
    }

    /// What became of one delivery attempt: sent, retry, rate_limited, deferred, dead, possibly_sent, not_allowed.
    func delivery(channel: Channel, outcome: String) {
        Counter(
            label: Name.deliveries, dimensions: [("channel", channel.rawValue), ("outcome", outcome)], factory: factory
        ).increment()
    }

    func escalated(_ count: Int) {
        guard count > 0 else { return }
        Counter(label: Name.escalations, factory: factory).increment(by: count)
    }

    /// `refused` (final: not an image, a private address) or `transient` (retried).
    func photoFetchFailed(kind: String) {
        Counter(label: Name.photoFailures, dimensions: [("kind", kind)], factory: factory).increment()
    }

    func gauge(_ name: String, _ dimensions: [(String, String)], _ value: Double) {
        Gauge(label: name, dimensions: dimensions, factory: factory).record(value)
    }

    func sampleFailed() {
        Counter(label: Name.sampleFailures, factory: factory).increment()
    }
}
