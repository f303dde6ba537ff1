import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import SMSAdapter
import Testing

/// One citizen message followed by its request id: the webhook's answer, the message row, its
/// event, its acknowledgement and the delivery worker's log line.
@Suite struct RequestCorrelationTests {
    // A valid field name: the fallback is never taken.
    static let requestID = HTTPField.Name("X-Request-Id") ?? .accept

    /// Log lines get the request id from the request's task when they are written, not from metadata
    /// set on each request's logger.
    @Test func theLoggingSystemsProviderNamesTheRequest() async {
        #expect(Logger.MetadataProvider.requestID.get().isEmpty)
        let inside = RequestCorrelation.$requestID.withValue("req-42") { Logger.MetadataProvider.requestID.get() }
        #expect(inside["request_id"] == .string("req-42"))
        let handler = JSONLogHandler(label: "test", metadataProvider: .requestID)
        #expect(handler.metadataProvider != nil)
    }

    @Test func oneWebhooksRequestIdFollowsTheMessageToItsReply() async throws {
        let id = "twilio-req-7f3a9c"
        let script = FakeChannelScript([])
        try await withFakeChannel(script) { url in
            try await withLiveHub(
                configure: {
                    $0.receive(
                        SMSChannel(
                            twilio: TwilioSettings(
                                accountSID: "AC0", authToken: "token", from: "+15550100",
                                webhookURL: TwilioChannelTests.url)))
                }
            ) { hub in
                var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
                headers[HTTPField.Name("X-Twilio-Signature")!] = TwilioChannelTests.sign(TwilioChannelTests.sms)
                headers[Self.requestID] = id
                let response = try await hub.http.execute(
                    uri: "/webhooks/sms/twilio", method: .post, headers: headers,
                    body: ByteBuffer(string: TwilioChannelTests.sms))
                #expect(response.status == .ok)
                #expect(response.headers[Self.requestID] == id)
                #expect(try await hub.text("SELECT request_id FROM inbound_messages WHERE channel = 'sms'") == id)
                #expect(try await hub.text("SELECT request_id FROM report_events WHERE kind = 'created'") == id)
                #expect(
                    try await hub.text("SELECT request_id FROM deliveries WHERE kind = 'ack' AND channel = 'sms'")
                        == id)

                let logs = CapturedLogs()
                var logger = logs.logger
                logger.logLevel = .debug
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database),
                    senders: [.sms: HTTPCallbackSender(url: url, timeout: .seconds(5))], logger: logger)
                let sent = try await eventually(within: .seconds(20)) {
                    try await worker.runOnce()
                    return try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'sent'") == 1
                }
                #expect(sent)
                #expect(logs.text.contains("delivery sent"))
                #expect(logs.text.contains(id))
            }
        }
    }

    @Test func anOfficersActionCarriesItsRequestIdToItsEventAndTheCitizensNews() async throws {
        try await withLiveHub { hub in
            let number = try await hub.newReport("correlated-action")
            let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            let id = "console-req-51b2"
            let response = try await hub.http.execute(
                uri: "/api/v1/reports/\(number)/start", method: .post,
                headers: [.contentType: "application/json", .authorization: "Bearer \(petugas)", Self.requestID: id],
                body: ByteBuffer(string: "{}"))
            #expect(response.status == .ok, "\(String(buffer: response.body))")
            #expect(try await hub.text("SELECT request_id FROM report_events WHERE kind = 'started'") == id)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM deliveries d JOIN report_events e ON e.id = d.event_id WHERE e.kind = 'started'"
                )
                    > 0)
            #expect(
                try await hub.count(
                    """
                    SELECT count(*) FROM deliveries d JOIN report_events e ON e.id = d.event_id
                    WHERE e.kind = 'started' AND d.request_id IS DISTINCT FROM e.request_id
                    """) == 0)
        }
    }

    @Test func anUnsafeRequestIdIsReplacedAndAMissingOneIsMade() async throws {
        try await withLiveHub { hub in
            let unsafe = try await hub.http.execute(
                uri: "/livez", method: .get, headers: [Self.requestID: "a b\"c"])
            let made = try #require(unsafe.headers[Self.requestID])
            #expect(made != "a b\"c")
            #expect(made.count == 32 && made.allSatisfy(\.isHexDigit))
            let plain = try await hub.http.execute(uri: "/livez", method: .get)
            #expect(plain.headers[Self.requestID]?.count == 32)
            #expect(plain.headers[Self.requestID] != made)
            let long = String(repeating: "x", count: 200)
            let tooLong = try await hub.http.execute(uri: "/livez", method: .get, headers: [Self.requestID: long])
            #expect(tooLong.headers[Self.requestID]?.count == 32)
        }
    }

    @Test func requestIdsAreCheckedForSafeCharacters() {
        #expect(RequestCorrelation.isAcceptable("0f8e-Abc_1.2:3/4+5="))
        #expect(!RequestCorrelation.isAcceptable(""))
        #expect(!RequestCorrelation.isAcceptable("with space"))
        #expect(!RequestCorrelation.isAcceptable("line\nbreak"))
        #expect(!RequestCorrelation.isAcceptable("warga@example.com"))
        #expect(!RequestCorrelation.isAcceptable(String(repeating: "a", count: 129)))
    }
}
