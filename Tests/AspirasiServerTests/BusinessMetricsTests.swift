import AspirasiCore
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import PostgresNIO
import Prometheus
import Testing

@testable import AspirasiServer

/// The business metrics an operator alerts on, read back from `/metrics` as Prometheus scrapes them.
@Suite struct BusinessMetricsTests {
    @Test func intakeIsCountedPerChannelAndOutcomeAndTimed() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            _ = try await hub.submit(message("m-1"), key: key)
            _ = try await hub.submit(message("m-2"), key: key)
            _ = try await hub.submit(message("m-1"), key: key)  // a provider's redelivery
            let text = try await scrape(hub)
            let created = value(text, #"aspirasi_intake_messages_total{channel="api",outcome="created"}"#)
            let duplicate = value(text, #"aspirasi_intake_messages_total{channel="api",outcome="duplicate"}"#)
            #expect((created ?? 0) + (duplicate ?? 0) == 2)
            #expect(value(text, #"aspirasi_intake_messages_total{channel="api",outcome="repeat"}"#) == 1)
            #expect(value(text, #"aspirasi_intake_duration_seconds_count{channel="api"}"#) == 3)
            // Every message is classified before it is recorded, the redelivery too.
            #expect(value(text, "aspirasi_classification_seconds_count") == 3)
            #expect((value(text, "aspirasi_classification_seconds_sum") ?? 0) > 0)
        }
    }

    @Test func theSamplerShowsBacklogOldestDueAndPollerLagAndZeroesWhatEmptied() async throws {
        try await withLiveHub { hub in
            _ = try await hub.newReport("backlog-1")
            try await hub.database.query(
                "UPDATE deliveries SET due_at = now() - interval '90 seconds' WHERE kind = 'ack'")
            try await hub.database.query(
                """
                INSERT INTO channel_cursors (name, last_success_at, caught_up_at)
                VALUES ('qlue', now() - interval '30 seconds', now() - interval '120 seconds')
                """)
            let sampler = OperationsSampler(
                client: hub.database, metrics: HubMetrics(registry: hub.metrics), logger: .quiet)
            var shown = OperationsSampler.ShownSeries()
            await sampler.sampleOnce(&shown)
            var text = try await scrape(hub)
            #expect(value(text, #"aspirasi_outbox_backlog{state="pending",channel="api"}"#) == 1)
            let oldest = value(text, #"aspirasi_outbox_oldest_due_seconds{channel="api"}"#) ?? 0
            #expect(oldest >= 90 && oldest < 600)
            let lag = value(text, #"aspirasi_poller_lag_seconds{feed="qlue"}"#) ?? 0
            #expect(lag >= 120 && lag < 600)

            try await hub.database.query("UPDATE deliveries SET state = 'dead' WHERE kind = 'ack'")
            await sampler.sampleOnce(&shown)
            text = try await scrape(hub)
            #expect(value(text, #"aspirasi_outbox_backlog{state="pending",channel="api"}"#) == 0)
            #expect(value(text, #"aspirasi_outbox_backlog{state="dead",channel="api"}"#) == 1)
            #expect(value(text, #"aspirasi_outbox_oldest_due_seconds{channel="api"}"#) == 0)
        }
    }

    @Test func deliveryOutcomesAreCountedPerChannel() async throws {
        let script = FakeChannelScript([.fail(503)])
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                _ = try await hub.newReport("delivered-1")
                var settings = DeliveryWorker.Settings()
                settings.schedule = .init(baseSeconds: 0.01, capSeconds: 0.05, maximumAttempts: 5)
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database),
                    senders: [.api: HTTPCallbackSender(url: url, timeout: .seconds(5))], settings: settings,
                    metrics: HubMetrics(registry: hub.metrics), logger: .quiet)
                let sent = try await eventually(within: .seconds(20)) {
                    try await worker.runOnce()
                    return try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'sent'") == 1
                }
                #expect(sent)
                let text = try await scrape(hub)
                #expect(value(text, #"aspirasi_deliveries_total{channel="api",outcome="retry"}"#) == 1)
                #expect(value(text, #"aspirasi_deliveries_total{channel="api",outcome="sent"}"#) == 1)
            }
        }
    }

    /// The hub's own photo worker refuses a URL on a private network and counts it.
    @Test func refusedPhotoFetchesAreCounted() async throws {
        try await withLiveHub { hub in
            _ = try await hub.newReport("photo-metric", ["photos": ["http://10.9.8.7/x.jpg"]])
            let counted = try await eventually(within: .seconds(20)) {
                value(try await scrape(hub), #"aspirasi_photo_fetch_failures_total{kind="refused"}"#) == 1
            }
            #expect(counted)
        }
    }

    @Test func escalationsAreCounted() async throws {
        try await withLiveHub { hub in
            let admin = try await hub.signIn("admin", unit: "31", role: .admin)
            let target: [String: any Sendable] = [
                "response_minutes": 60, "completion_minutes": 240, "clock": "continuous",
            ]
            #expect(
                try await hub.send(admin, .put, "/api/v1/categories/jalan_rusak/service-level", target).status == .ok)
            let number = try await hub.newReport("sla-metric")
            try await hub.database.query(
                """
                UPDATE reports SET sla_started_at = now() - interval '70 minutes', sla_check_at = now()
                WHERE tracking_number = \(number)
                """)
            let sla = ServiceLevelWorker(
                store: ServiceLevelStore(hub.database), workingHours: .jakartaDefault,
                metrics: HubMetrics(registry: hub.metrics), logger: .quiet)
            // The hub's own SLA worker (same registry) may take the round first: either way, counted once.
            let counted = try await eventually(within: .seconds(20)) {
                try await sla.runOnce()
                return value(try await scrape(hub), "aspirasi_sla_escalations_total") == 1
            }
            #expect(counted)
        }
    }

    @Test func metricsAskForTheTokenWhenOneIsSet() async throws {
        let token = "scrape-token-0123456789"
        try await withLiveHub(configure: { $0.metricsToken = token }) { hub in
            #expect(try await hub.http.execute(uri: "/metrics", method: .get).status == .unauthorized)
            let wrong = try await hub.http.execute(
                uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(token)x"])
            #expect(wrong.status == .unauthorized)
            let right = try await hub.http.execute(
                uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(right.status == .ok)
            #expect(String(buffer: right.body).contains("aspirasi_http_requests_total"))
        }
    }

    @Test func metricsCanBeServedOnTheirOwnAddressOnly() async throws {
        let port = try freeTCPPort()
        var configuration = HubConfiguration(
            host: "127.0.0.1", port: 0, database: .embedded(dataDirectory: "/unused"))
        configuration.operations.metricsAddress = ("127.0.0.1", port)
        try await withLiveHub(configure: { $0.metricsElsewhere = true }, hub: configuration) { hub in
            #expect(try await hub.http.execute(uri: "/metrics", method: .get).status == .notFound)
            let scraped = try await eventually(within: .seconds(10)) {
                let answer = try? await RawConnection.request("GET /metrics HTTP/1.1\r\nHost: metrics\r\n", port: port)
                return answer?.hasPrefix("HTTP/1.1 200") == true && answer?.contains("aspirasi_") == true
            }
            #expect(scraped)
        }
    }

    func scrape(_ hub: LiveHub) async throws -> String {
        String(buffer: try await hub.http.execute(uri: "/metrics", method: .get).body)
    }
}

/// The value of one series in a Prometheus text exposition; nil when the series is absent.
func value(_ text: String, _ series: String) -> Double? {
    for line in text.split(separator: "\n") where line.hasPrefix(series + " ") {
        return Double(line.dropFirst(series.count + 1))
    }
    return nil
}
