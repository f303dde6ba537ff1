import AspirasiTestSupport
import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PostgresNIO
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A partner callback endpoint that records every idempotency key it is sent,
/// and either answers after `delay` or holds the request open (`hanging`).
actor CallbackRecorder {
    private(set) var received: [String] = []
    private(set) var accepted: [String] = []
    var hanging = false
    let delay: Duration

    init(delay: Duration = .zero, hanging: Bool = false) {
        self.delay = delay
        self.hanging = hanging
    }

    func arrive(_ key: String) -> Bool {
        received.append(key)
        return !hanging
    }

    func accept(_ key: String) { accepted.append(key) }
    func stopHanging() { hanging = false }
}

func withCallbackEndpoint<T: Sendable>(
    _ recorder: CallbackRecorder, _ body: @Sendable (String) async throws -> T
) async throws -> T {
    let router = Router()
    let keyName = HTTPField.Name("Idempotency-Key")
    router.post("/callback") { request, _ -> Response in
        let key = keyName.flatMap { request.headers[$0] } ?? ""
        _ = try await request.body.collect(upTo: 64 * 1024)
        if await !recorder.arrive(key) {
            // The first hub dies while waiting here; whatever comes after never reaches it.
            while await recorder.hanging { try await Task.sleep(for: .milliseconds(100)) }
            return Response(status: .serviceUnavailable)
        }
        try await Task.sleep(for: recorder.delay)
        await recorder.accept(key)
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: #"{"id":"cb-\#(key)"}"#)))
    }
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    return try await app.test(.live) { client in
        guard let port = client.port else { throw POSIXError(.EADDRNOTAVAIL) }
        return try await body("http://127.0.0.1:\(port)/callback")
    }
}

/// Real `aspirasi serve` processes sharing one database: the outbox's
/// guarantees hold across processes, not only across tasks of one.
@Suite struct MultiProcessDeliveryTests {
    /// A hub on the test database. The lease also bounds the callback timeout (half of it).
    func startHub(_ url: String, callback: String, leaseSeconds: Int = 30) async throws -> (HubProcess, Int) {
        try await HubProcess.serve(
            databaseURL: url,
            environment: [
                "ASPIRASI_PARTNER_CALLBACK_URL": callback, "ASPIRASI_DELIVERY_LEASE_SECONDS": "\(leaseSeconds)",
            ])
    }

    func enqueue(_ count: Int, prefix: String, _ client: PostgresClient) async throws {
        try await client.query(
            """
            INSERT INTO deliveries (channel, recipient, kind, payload, idempotency_key)
            SELECT 'api', 'partner', 'status',
                   jsonb_build_object('template', 'status_proses', 'tracking_number', '2611-0000001'),
                   \(prefix) || n
            FROM generate_series(1, \(count)) n
            """)
    }

    @Test func twoHubProcessesNeverSendTheSameDeliveryTwice() async throws {
        let configuration = try await TestCluster.shared.freshDatabase()
        let url = try HubProcess.databaseURL(configuration)
        let recorder = CallbackRecorder(delay: .milliseconds(40))
        try await withCallbackEndpoint(recorder) { callback in
            let (first, _) = try await startHub(url, callback: callback)
            let (second, _) = try await startHub(url, callback: callback)
            defer {
                first.signal(SIGKILL)
                second.signal(SIGKILL)
            }
            try await PostgresClient.withRunning(configuration, logger: .quiet) { client in
                try await enqueue(300, prefix: "two-", client)
                let allSent = try await eventually(within: .seconds(60)) {
                    try await client.count("SELECT count(*) FROM deliveries WHERE state = 'sent'") == 300
                }
                #expect(allSent)
                let received = await recorder.received
                #expect(received.count == 300, "each delivery is sent once: \(received.count) requests")
                #expect(Set(received).count == 300)
                let workers = try await client.count("SELECT count(DISTINCT claimed_by) FROM deliveries")
                #expect(workers == 2, "both processes took part")
                let attempts = try await client.count("SELECT count(*) FROM deliveries WHERE attempts <> 1")
                #expect(attempts == 0)
            }
        }
    }

    /// The first hub claims deliveries and is killed (SIGKILL) while their
    /// requests are in flight; a second hub sends them after the lease ends.
    /// The provider honours idempotency keys, so the re-send is safe and the
    /// partner accepts each delivery exactly once.
    @Test func killingTheHubBetweenClaimAndSendLosesNothing() async throws {
        let configuration = try await TestCluster.shared.freshDatabase()
        let url = try HubProcess.databaseURL(configuration)
        let recorder = CallbackRecorder(hanging: true)
        try await withCallbackEndpoint(recorder) { callback in
            try await PostgresClient.withRunning(configuration, logger: .quiet) { client in
                // A lease of 20 s gives the sender 10 s before it gives up on a hanging request: on a
                // loaded machine 3 s (a 6 s lease) ran out before the kill, and the rows were retried.
                let (doomed, _) = try await startHub(url, callback: callback, leaseSeconds: 20)
                defer { doomed.signal(SIGKILL) }
                // Fewer than the HTTP client's connections per host, so that every request is in flight at once.
                try await enqueue(6, prefix: "kill-", client)
                let inFlight = try await eventually(within: .seconds(8)) { await recorder.received.count == 6 }
                #expect(inFlight)
                doomed.signal(SIGKILL)
                _ = try await doomed.exitStatus(within: .seconds(10))
                var states: [String] = []
                for try await (state, attempts, error) in try await client.query(
                    "SELECT state, attempts, coalesce(last_error, '') FROM deliveries ORDER BY id"
                ).decode((String, Int, String).self) { states.append("\(state)/\(attempts)/\(error)") }
                #expect(
                    try await client.count("SELECT count(*) FROM deliveries WHERE state = 'sending'") == 6, "\(states)")
                #expect(try await client.count("SELECT count(*) FROM deliveries WHERE state = 'sent'") == 0)
                #expect(await recorder.accepted.isEmpty)

                await recorder.stopHanging()
                let (survivor, _) = try await startHub(url, callback: callback, leaseSeconds: 6)
                defer { survivor.signal(SIGKILL) }
                let allSent = try await eventually(within: .seconds(60)) {
                    try await client.count("SELECT count(*) FROM deliveries WHERE state = 'sent'") == 6
                }
                #expect(allSent)
                let accepted = await recorder.accepted
                #expect(accepted.count == 6 && Set(accepted).count == 6, "accepted once each: \(accepted)")
                #expect(try await client.count("SELECT count(*) FROM deliveries WHERE attempts = 2") == 6)
            }
        }
    }
}
