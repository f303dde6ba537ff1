import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import Logging
import PostgresNIO
import Testing

@Suite struct DeliveryWorkerTests {
    /// The client timeout is generous because the whole suite runs in parallel on two cores:
    /// a slow answer would count as a timeout and be sent again (same key, but the counts here are exact).
    static func worker(
        _ hub: LiveHub, url: String, name: String,
        schedule: RetrySchedule = .init(
            baseSeconds: 0.05, capSeconds: 0.2, maximumAttempts: 6)
    ) -> DeliveryWorker {
        var settings = DeliveryWorker.Settings()
        settings.schedule = schedule
        settings.leaseSeconds = 5
        return DeliveryWorker(
            outbox: OutboxStore(hub.database),
            senders: [.api: HTTPCallbackSender(url: url, timeout: .seconds(2))], settings: settings,
            name: name, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    func state(_ hub: LiveHub, _ id: Int) async throws -> (String, Int, String?) {
        for try await row in try await hub.database.query(
            "SELECT state, attempts, provider_id FROM deliveries WHERE id = \(id)"
        ).decode((String, Int32, String?).self) { return (row.0, Int(row.1), row.2) }
        return ("missing", 0, nil)
    }

    /// Timeout, 500, 429 with a reset, then success: one delivery, one key, sent once in the end.
    @Test func aDeliveryRidesOutTimeoutsErrorsAndRateLimits() async throws {
        let script = FakeChannelScript([.hang(.seconds(5)), .fail(500), .rateLimit(retryAfterSeconds: 1)])
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                let number = try await hub.newReport("outbox-1")
                let id = try await hub.count("SELECT id FROM deliveries WHERE kind = 'ack'")
                let worker = Self.worker(hub, url: url, name: "w1")
                let sent = try await eventually(within: .seconds(20)) {
                    try await worker.runOnce()
                    return try await state(hub, id).0 == "sent"
                }
                #expect(sent)
                let (_, attempts, provider) = try await state(hub, id)
                #expect(attempts == 3)  // the rate-limited try is given back
                #expect(provider?.hasPrefix("p-") == true)
                let received = await script.received
                #expect(received.count == 4)
                #expect(Set(received.map(\.key)).count == 1)
                #expect(received.last?.body.contains("Aspirasi #\(number)") == true)
            }
        }
    }

    @Test func aDeliveryThatKeepsFailingIsDeadLetteredAndAnAdminReplaysIt() async throws {
        let script = FakeChannelScript(Array(repeating: .fail(503), count: 3))
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                _ = try await hub.newReport("outbox-dead")
                let id = try await hub.count("SELECT id FROM deliveries WHERE kind = 'ack'")
                let worker = Self.worker(
                    hub, url: url, name: "w1", schedule: .init(baseSeconds: 0.01, capSeconds: 0.05, maximumAttempts: 3))
                #expect(
                    try await eventually(within: .seconds(10)) {
                        try await worker.runOnce()
                        return try await state(hub, id).0 == "dead"
                    })
                let admin = try await hub.signIn("admin", unit: "31", role: .admin)
                let petugas = try await hub.signIn("petugas", unit: gambir, role: .petugas)
                let dead = try json(try await hub.get(admin, "/api/v1/deliveries?state=dead"))
                #expect((dead["deliveries"] as? [[String: Any]])?.first?["id"] as? Int == id)
                let forbidden = try await hub.http.execute(
                    uri: "/api/v1/deliveries/\(id)/replay", method: .post,
                    headers: [.authorization: "Bearer \(petugas)"],
                    body: nil)
                #expect(forbidden.status == .forbidden)
                let replayed = try await hub.http.execute(
                    uri: "/api/v1/deliveries/\(id)/replay", method: .post, headers: [.authorization: "Bearer \(admin)"],
                    body: nil)
                #expect(replayed.status == .ok)
                #expect(
                    try await eventually(within: .seconds(10)) {
                        try await worker.runOnce()
                        return try await state(hub, id).0 == "sent"
                    })
            }
        }
    }

    /// Two workers with their own connections share 60 deliveries: each is sent exactly once.
    @Test func twoWorkersNeverSendTheSameDeliveryTwice() async throws {
        let script = FakeChannelScript([])
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                let key = try await hub.partnerKey("bulk")
                for i in 0..<60 {
                    _ = try await hub.submit(
                        message("bulk-\(i)", ["author": "+62812\(i)", "lat": -6.1754 + Double(i) * 0.0005]), key: key)
                }
                let total = try await hub.count("SELECT count(*) FROM deliveries WHERE channel = 'api'")
                #expect(total == 60)
                try await PostgresClient.withRunning(hub.databaseConfiguration, logger: .quiet) { secondClient in
                    let a = Self.worker(hub, url: url, name: "a")
                    var settingsB = DeliveryWorker.Settings()
                    settingsB.batchSize = 7
                    let b = DeliveryWorker(
                        outbox: OutboxStore(secondClient),
                        senders: [.api: HTTPCallbackSender(url: url)], settings: settingsB, name: "b",
                        logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
                    async let left: Void = { for _ in 0..<30 { try await a.runOnce() } }()
                    async let right: Void = { for _ in 0..<30 { try await b.runOnce() } }()
                    _ = try await (left, right)
                }
                #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'sent'") == 60)
                let keys = await script.acceptedKeys()
                #expect(keys.count == 60)
                #expect(Set(keys).count == 60)
            }
        }
    }

    /// One worker running four rounds at once, of five deliveries each: 60 deliveries, each sent once.
    @Test func concurrentRoundsOfOneWorkerSendEachDeliveryOnce() async throws {
        let script = FakeChannelScript([])
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                let key = try await hub.partnerKey("lanes")
                for i in 0..<60 {
                    _ = try await hub.submit(
                        message("lanes-\(i)", ["author": "+62813\(i)", "lat": -6.1754 + Double(i) * 0.0005]), key: key)
                }
                var settings = DeliveryWorker.Settings()
                settings.batchSize = 5
                settings.concurrentRounds = 4
                settings.idlePause = .milliseconds(20)
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database), senders: [.api: HTTPCallbackSender(url: url)],
                    settings: settings, name: "lanes",
                    logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
                let running = Task { try await worker.run() }
                let allSent = try await eventually(within: .seconds(30)) {
                    try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'sent'") == 60
                }
                running.cancel()
                _ = await running.result
                #expect(allSent)
                let keys = await script.acceptedKeys()
                #expect(keys.count == 60)
                #expect(Set(keys).count == 60)
            }
        }
    }

    /// A worker that dies after claiming: its lease runs out and the delivery is sent by another,
    /// or, where the provider has no idempotency keys, marked possibly sent.
    @Test func aWorkerDyingAfterItsClaimLosesNothing() async throws {
        let script = FakeChannelScript([])
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                _ = try await hub.newReport("crash-1")
                let id = try await hub.count("SELECT id FROM deliveries WHERE kind = 'ack'")
                let claimed = try await OutboxStore(hub.database).claim(
                    worker: "crashed", channels: ["api"], limit: 10, leaseSeconds: 0.2)
                #expect(claimed.map(\.id) == [id])
                let worker = Self.worker(hub, url: url, name: "survivor")
                #expect(
                    try await eventually(within: .seconds(10)) {
                        try await worker.runOnce()
                        return try await state(hub, id).0 == "sent"
                    })
                #expect(await script.received.count == 1)

                _ = try await hub.newReport("crash-2", ["lat": -6.2000, "lon": 106.8500])
                let second = try await hub.count("SELECT max(id) FROM deliveries WHERE kind = 'ack'")
                _ = try await OutboxStore(hub.database).claim(
                    worker: "crashed", channels: ["api"], limit: 10, leaseSeconds: 0.2)
                #expect(
                    try await eventually(within: .seconds(10)) {
                        _ = try await OutboxStore(hub.database).releaseExpired(idempotentChannels: [])
                        return try await state(hub, second).0 == "possibly_sent"
                    })
            }
        }
    }

    /// A provider that takes no idempotency key and did not answer (the request may have gone out):
    /// the delivery is not sent again but left `possibly_sent` for an admin. A refused connection,
    /// where nothing can have gone out, is retried.
    @Test func anUnansweredRequestToAProviderWithoutKeysIsPossiblySentNotRepeated() async throws {
        let script = FakeChannelScript([.hang(.seconds(5))])
        try await withFakeChannel(script) { url in
            try await withLiveHub { hub in
                _ = try await hub.newReport("unsure-1")
                let id = try await hub.count("SELECT id FROM deliveries WHERE kind = 'ack'")
                let sender = WithoutKeys(inner: HTTPCallbackSender(url: url, timeout: .milliseconds(500)))
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database), senders: [.api: sender], name: "unsure",
                    logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
                try await worker.runOnce()
                #expect(try await state(hub, id).0 == "possibly_sent")
                #expect(await script.received.count == 1)

                let port = try freeTCPPort()
                let refused = WithoutKeys(inner: HTTPCallbackSender(url: "http://127.0.0.1:\(port)/send"))
                let message = OutgoingMessage(
                    deliveryID: 1, channel: .api, recipient: "p", threadKey: nil, text: "x", idempotencyKey: "k")
                guard case .transient = await failure(of: refused, message) else {
                    Issue.record("a refused connection sent nothing: it must be retried")
                    return
                }
            }
        }
    }
}

/// The partner callback as if its provider ignored idempotency keys.
struct WithoutKeys: DeliverySender {
    let inner: HTTPCallbackSender
    var honoursIdempotencyKeys: Bool { false }
    func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt { try await inner.send(message) }
}
