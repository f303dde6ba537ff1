import AspirasiServer
import AspirasiTestSupport
import ChannelKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SMSAdapter
import Testing

/// A fake Messages API: records the form and the credentials, answers from a script, then 201 with a sid.
actor FakeMessagesAPI {
    private var script: [(Int, String)]
    private(set) var forms: [(authorization: String?, form: String)] = []

    init(_ script: [(Int, String)] = []) {
        self.script = script
    }

    func next(authorization: String?, form: String) -> (Int, String) {
        forms.append((authorization, form))
        return script.isEmpty ? (201, #"{"sid":"SM\#(forms.count)","status":"queued"}"#) : script.removeFirst()
    }
}

@Suite struct TwilioChannelTests {
    static let url = "https://hub.example.go.id/webhooks/sms/twilio"

    func withTwilioHub<T: Sendable>(_ body: @Sendable (LiveHub) async throws -> T) async throws -> T {
        try await withLiveHub(
            configure: {
                $0.receive(
                    SMSChannel(
                        twilio: TwilioSettings(
                            accountSID: "AC0", authToken: "token", from: "+15550100", webhookURL: Self.url)))
            }, body)
    }

    func post(_ hub: LiveHub, _ form: String, signature: String?) async throws -> TestResponse {
        try await hub.postSigned(
            "/webhooks/sms/twilio", form, header: "X-Twilio-Signature", signature: signature,
            contentType: "application/x-www-form-urlencoded")
    }

    static let sms =
        "MessageSid=SM9000000000000000000000000000000a&From=%2B6281234567890&To=%2B621708&NumMedia=0"
        + "&Body=LAPOR+jalan+berlubang+besar+di+depan+halte+Kel.+Gambir%2C+bahaya+untuk+motor"

    static func sign(_ form: String) -> String {
        TwilioWebhook(authToken: "token", publicURL: url).expectedSignature(
            url: url, parameters: FormFields(form).pairs)
    }

    @Test func aSignedSMSBecomesOneReportAndForgeriesNothing() async throws {
        try await withTwilioHub { hub in
            #expect(try await post(hub, Self.sms, signature: nil).status == .unauthorized)
            #expect(try await post(hub, Self.sms, signature: Self.sign(Self.sms + "&x=1")).status == .unauthorized)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            for _ in 0..<2 {
                let response = try await post(hub, Self.sms, signature: Self.sign(Self.sms))
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("<Response></Response>"))
            }
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'sms'") == 1)
            let ack = try await hub.count(
                "SELECT count(*) FROM deliveries WHERE channel = 'sms' AND recipient = '+6281234567890' AND kind = 'ack'"
            )
            #expect(ack == 1)
        }
    }

    @Test func messagesGoOutAsGSM7FormsWithBasicAuth() async throws {
        let api = FakeMessagesAPI([(429, "{}"), (400, #"{"code":21211,"message":"invalid To"}"#), (503, "{}")])
        let router = Router()
        router.post("/2010-04-01/Accounts/:sid/Messages.json") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 64 * 1024)
            let (status, json) = await api.next(
                authorization: request.headers[.authorization], form: String(buffer: bytes))
            return Response(
                status: .init(code: status), headers: [.contentType: "application/json", .retryAfter: "30"],
                body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let sender = TwilioSender(
                apiBase: "http://127.0.0.1:\(port)", accountSID: "AC1", authToken: "secret", from: "+621708",
                client: .shared)
            let message = OutgoingMessage(
                deliveryID: 1, channel: .sms, recipient: "+6281234567890", threadKey: "SM900",
                text: "Aspirasi #2611-0000017: Laporan sedang dikerjakan…", idempotencyKey: "k")
            var outcomes: [SendFailure?] = []
            for _ in 0..<3 { outcomes.append(await failure(of: sender, message)) }
            guard case .rateLimited = outcomes[0], case .permanent = outcomes[1], case .transient = outcomes[2] else {
                Issue.record("429 waits, 21211 is permanent, 503 is transient: \(outcomes)")
                return
            }
            #expect(try await sender.send(message).providerID == "SM4")
            let sent = try #require(await api.forms.last)
            #expect(sent.authorization == "Basic " + Data("AC1:secret".utf8).base64EncodedString())
            let form = FormFields(sent.form)
            #expect(form["To"] == "+6281234567890")
            #expect(form["From"] == "+621708")
            #expect(form["Body"] == "Aspirasi #2611-0000017: Laporan sedang dikerjakan...")
            let badNumber = OutgoingMessage(
                deliveryID: 2, channel: .sms, recipient: "warga", threadKey: nil, text: "x", idempotencyKey: "k2")
            await #expect(throws: SendFailure.self) { _ = try await sender.send(badNumber) }
            #expect(await api.forms.count == 4)
        }
    }
}
