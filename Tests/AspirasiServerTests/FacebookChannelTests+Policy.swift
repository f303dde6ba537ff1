import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import FacebookAdapter
import Foundation
import HTTPTypes
import Testing

/// What Meta documents for a page's replies: Business Use Case throttling (80001 with
/// `X-Business-Use-Case-Usage`) pauses the channel, and a Messenger reply goes as
/// `RESPONSE` only inside the 24-hour window.
extension FacebookChannelTests {
    static func messenger(mid: String, at time: Date) -> String {
        let milliseconds = Int(time.timeIntervalSince1970 * 1000)
        return
            #"{"object":"page","entry":[{"id":"1000","time":\#(milliseconds),"messaging":[{"sender":{"id":"6001"},"recipient":{"id":"1000"},"timestamp":\#(milliseconds),"message":{"mid":"\#(mid)","text":"Jalan berlubang besar di depan halte Kel. Gambir"}}]}]}"#
    }

    @Test func businessUseCaseThrottlingPausesTheChannelInsteadOfDeadLettering() async throws {
        let usage =
            #"{"1000":[{"type":"pages","call_count":100,"total_cputime":30,"total_time":40,"estimated_time_to_regain_access":30}]}"#
        var headers = HTTPFields()
        headers[try #require(HTTPField.Name("X-Business-Use-Case-Usage"))] = usage
        let api = FakeGraphAPI([(400, 80001)], errorHeaders: headers)
        try await withFakeGraphAPI(api) { base in
            try await withFacebookHub { hub in
                #expect(try await post(hub, Self.comment, signature: Self.sign(Self.comment)).status == .ok)
                let sender = FacebookSender(graphBase: base, pageID: "1000", pageToken: "page-token", client: .shared)
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database), senders: [.facebook: sender], logger: .quiet)
                let claimed = try await eventually(within: .seconds(30)) { try await worker.runOnce() == 1 }
                #expect(claimed)
                // Waiting, not dead: due again when Meta said access returns (30 minutes), the attempt given back.
                #expect(
                    try await hub.count(
                        """
                        SELECT count(*) FROM deliveries WHERE channel = 'facebook' AND state = 'pending'
                          AND attempts = 0 AND due_at BETWEEN now() + interval '29 minutes' AND now() + interval '31 minutes'
                        """) == 1)
                #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE state = 'dead'") == 0)
                // The channel is paused: the next round does not call Meta.
                #expect(try await worker.runOnce() == 0)
                #expect(await api.calls.count == 1)
            }
        }
    }

    @Test func messengerRepliesAreResponsesInsideTheWindowAndNotSentOutsideIt() async throws {
        let api = FakeGraphAPI()
        try await withFakeGraphAPI(api) { base in
            try await withFacebookHub { hub in
                let sender = FacebookSender(graphBase: base, pageID: "1000", pageToken: "page-token", client: .shared)
                let worker = DeliveryWorker(
                    outbox: OutboxStore(hub.database), senders: [.facebook: sender], logger: .quiet)
                // A message written just now: the acknowledgement is a RESPONSE.
                let fresh = Self.messenger(mid: "m_fresh", at: Date())
                #expect(try await post(hub, fresh, signature: Self.sign(fresh)).status == .ok)
                let answered = try await eventually(within: .seconds(30)) {
                    try await worker.runOnce()
                    return await api.calls.count == 1
                }
                #expect(answered)
                let body = try #require(await api.calls.first?.body)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
                #expect(json["messaging_type"] as? String == "RESPONSE")
                #expect(json["tag"] == nil)

                // Two days later an officer starts the work: the status news fits no tag and is not sent.
                try await hub.database.query(
                    """
                    UPDATE inbound_messages SET provider_time = now() - interval '2 days',
                           received_at = now() - interval '2 days' WHERE channel = 'facebook'
                    """)
                var number = ""
                for try await value in try await hub.database.query(
                    "SELECT tracking_number FROM reports WHERE channel = 'facebook'"
                ).decode(String.self) { number = value }
                let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
                #expect(try await hub.act(petugas, number, "start").status == .ok)
                let refused = try await eventually(within: .seconds(30)) {
                    try await worker.runOnce()
                    return try await hub.count(
                        """
                        SELECT count(*) FROM deliveries WHERE channel = 'facebook' AND state = 'dead'
                          AND last_error LIKE 'not sent: outside Messenger''s 24-hour window%'
                        """) == 1
                }
                #expect(refused)
                #expect(await api.calls.count == 1, "nothing sent outside the window")
            }
        }
    }
}
