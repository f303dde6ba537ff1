import AspirasiTestSupport
import ChannelFakes
import ChannelKit
import Foundation
import HummingbirdTesting
import Testing

@testable import AspirasiServer

/// WhatsApp end to end against `FakeWhatsApp`, a real HTTP server speaking the Cloud API's format.
@Suite struct WhatsAppChannelTests {
    static let citizen = "6281234567890"

    func withWhatsAppHub<T: Sendable>(
        _ fake: FakeWhatsApp, template: String? = "aspirasi_kabar",
        configure: @escaping @Sendable (inout HubDependencies) -> Void = { _ in },
        _ body: @Sendable @escaping (LiveHub) async throws -> T
    ) async throws -> T {
        try await withLiveFake(fake.router()) { base in
            let settings = WhatsAppSettings(
                appSecret: fake.appSecret, verifyToken: "wa-verify", phoneNumberID: fake.phoneNumberID,
                accessToken: fake.accessToken, template: template, graphBase: base + "/v21.0")
            return try await withLiveHub(
                configure: {
                    $0.install(WhatsAppChannel(settings), http: .shared)
                    configure(&$0)
                }, body)
        }
    }

    func post(_ hub: LiveHub, _ call: (body: String, signature: String)) async throws -> TestResponse {
        try await hub.postSigned(
            "/webhooks/whatsapp", call.body, header: "X-Hub-Signature-256", signature: call.signature)
    }

    static func photoAndLocation() -> [[String: any Sendable]] {
        let now = "\(Int(Date().timeIntervalSince1970))"
        let image: [String: any Sendable] = [
            "id": "1104480873777230", "mime_type": "image/jpeg", "sha256": "x",
            "caption": "Got mampet, air meluap ke jalan",
        ]
        let location: [String: any Sendable] = [
            "latitude": -6.1754, "longitude": 106.8272, "name": "Monas", "address": "Gambir, Jakarta Pusat",
        ]
        return [
            ["id": "wamid.IN1", "timestamp": now, "type": "image", "image": image],
            ["id": "wamid.IN2", "timestamp": now, "type": "location", "location": location],
        ]
    }

    @Test func aSignedPhotoAndLocationBecomeALocatedReportAnsweredInTheWindowThenByTemplate() async throws {
        let fake = FakeWhatsApp(media: tinyJPEG)
        try await withWhatsAppHub(fake) { (hub: LiveHub) async throws in
            let handshake = try await hub.get(
                nil, "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wa-verify&hub.challenge=1158201444")
            #expect(String(buffer: handshake.body) == "1158201444")
            let call = await fake.inbound(from: Self.citizen, name: "Warga Gambir", messages: Self.photoAndLocation())
            #expect(try await post(hub, call).status == .ok)
            // Meta retries a delivery it thinks failed: nothing new.
            #expect(try await post(hub, call).status == .ok)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'whatsapp'") == 1)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM reports WHERE channel = 'whatsapp' AND kelurahan_code IS NOT NULL") == 1)
            let photo = try await eventually {
                try await hub.count("SELECT count(*) FROM report_photos WHERE bytes IS NOT NULL") == 1
            }
            #expect(photo, "the media was fetched through the Graph API with the bearer token")
            #expect(await fake.mediaDownloads == 1)

            // The acknowledgement goes inside the 24-hour window: free text.
            let acknowledged = try await eventually { await fake.sent.count == 1 }
            #expect(acknowledged)
            let ack = try #require(await fake.sent.first)
            #expect(ack.type == "text" && ack.to == Self.citizen && ack.text.contains("Laporan Anda diterima"))

            // A day and more later an officer starts the work: the news goes as the approved template.
            await fake.advance(hours: 25)
            try await hub.database.query(
                """
                UPDATE inbound_messages SET provider_time = now() - interval '25 hours',
                       received_at = now() - interval '25 hours' WHERE channel = 'whatsapp'
                """)
            let number = try #require(
                try await hub.text("SELECT tracking_number FROM reports WHERE channel = 'whatsapp'"))
            let petugas = try await hub.signIn("petugas.wa", unit: gambir, role: .petugas)
            #expect(try await hub.act(petugas, number, "start").status == .ok)
            let templated = try await eventually { await fake.sent.count == 2 }
            #expect(templated)
            let news = try #require(await fake.sent.last)
            #expect(news.type == "template" && news.template == "aspirasi_kabar" && news.language == "id")
            #expect(news.text.contains(number))

            // Statuses come back on the webhook and are recorded on the deliveries.
            #expect(try await post(hub, fake.status("wamid.OUT1", "delivered", recipient: Self.citizen)).status == .ok)
            #expect(try await post(hub, fake.status("wamid.OUT1", "read", recipient: Self.citizen)).status == .ok)
            // A late `sent` does not undo `read`.
            #expect(try await post(hub, fake.status("wamid.OUT1", "sent", recipient: Self.citizen)).status == .ok)
            #expect(
                try await post(hub, fake.status("wamid.OUT2", "failed", recipient: Self.citizen, errorCode: 131026))
                    .status == .ok)
            #expect(
                try await hub.text("SELECT provider_status FROM deliveries WHERE provider_id = 'wamid.OUT1'") == "read")
            #expect(
                try await hub.text("SELECT provider_status FROM deliveries WHERE provider_id = 'wamid.OUT2'")
                    == "failed (131026)")
        }
    }

    @Test func aForgedSignatureIs401AndStoresNothing() async throws {
        let fake = FakeWhatsApp(media: tinyJPEG)
        try await withWhatsAppHub(fake) { (hub: LiveHub) async throws in
            let call = await fake.inbound(from: Self.citizen, name: "Warga", messages: Self.photoAndLocation())
            let forged = "sha256=" + FakeWhatsApp.hmac(Data(call.body.utf8), secret: "not-the-app-secret")
            #expect(try await post(hub, (call.body, forged)).status == .unauthorized)
            #expect(try await post(hub, (call.body + " ", call.signature)).status == .unauthorized)
            let unsigned = try await hub.postSigned(
                "/webhooks/whatsapp", call.body, header: "X-Hub-Signature-256", signature: nil)
            #expect(unsigned.status == .unauthorized)
            let wrongToken = try await hub.get(
                nil, "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1")
            #expect(wrongToken.status == .forbidden)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            #expect(try await hub.count("SELECT count(*) FROM reports") == 0)
        }
    }

    @Test func anSMSAndThenAWhatsAppMessageFromTheSameNumberAreOneContactWithTwoReports() async throws {
        let fake = FakeWhatsApp(media: tinyJPEG)
        let token = "kannel-test-token-0123456789"
        let loopback: @Sendable (inout HubDependencies) -> Void = {
            $0.receive(
                SMSChannel(
                    kannel: KannelSettings(
                        token: token, allowed: [IPNetwork("127.0.0.1/32"), IPNetwork("::1/128")].compactMap { $0 })))
        }
        try await withWhatsAppHub(fake, configure: loopback) { (hub: LiveHub) async throws in
            let sms = "from=081234567890&to=1708&id=sms-1&coding=0&charset=UTF-8&text=Lampu+jalan+mati+di+Gambir"
            #expect(try await hub.get(nil, "/webhooks/sms/kannel/\(token)?\(sms)").status == .ok)
            let body: [String: any Sendable] = ["body": "Sampah menumpuk di pasar Tanah Abang"]
            let text: [[String: any Sendable]] = [
                ["id": "wamid.IN9", "timestamp": "\(Int(Date().timeIntervalSince1970))", "type": "text", "text": body]
            ]
            #expect(
                try await post(hub, await fake.inbound(from: Self.citizen, name: "Warga", messages: text)).status == .ok
            )
            #expect(try await hub.count("SELECT count(*) FROM reports") == 2)
            #expect(try await hub.count("SELECT count(*) FROM contact_identities") == 2)
            #expect(try await hub.count("SELECT count(DISTINCT contact_id) FROM contact_identities") == 1)
            // Each report is answered on its own channel.
            #expect(
                try await hub.count(
                    "SELECT count(DISTINCT channel) FROM deliveries WHERE kind = 'ack' AND channel IN ('sms', 'whatsapp')"
                )
                    == 2)
        }
    }

    @Test func errorsAreClassifiedAsWhatsAppDocumentsThem() async throws {
        let fake = FakeWhatsApp(media: tinyJPEG)
        try await withLiveFake(fake.router()) { (base: String) async throws in
            let settings = WhatsAppSettings(
                appSecret: fake.appSecret, verifyToken: "v", phoneNumberID: fake.phoneNumberID,
                accessToken: fake.accessToken, template: "aspirasi_kabar", graphBase: base + "/v21.0")
            let sender = WhatsAppSender(settings: settings, timeout: .seconds(10), client: .shared)
            let fresh = OutgoingMessage(
                deliveryID: 1, channel: .whatsapp, recipient: "+" + Self.citizen, threadKey: "whatsapp:" + Self.citizen,
                text: "Aspirasi #2611-0000017: Laporan sedang dikerjakan.", idempotencyKey: "k",
                citizenLastMessageAt: Date())
            await fake.fail(with: [130429, 131056, 131026, 190])
            guard case .rateLimited = await failure(of: sender, fresh) else {
                Issue.record("130429 pauses the channel")
                return
            }
            guard case .deferred = await failure(of: sender, fresh) else {
                Issue.record("131056 holds only this recipient")
                return
            }
            guard case .permanent = await failure(of: sender, fresh) else {
                Issue.record("131026 is undeliverable")
                return
            }
            guard case .permanent = await failure(of: sender, fresh) else {
                Issue.record("190 needs an operator")
                return
            }
            // The fake never saw this customer write: WhatsApp answers 131047 and the template goes instead.
            #expect(try await sender.send(fresh).providerID == "wamid.OUT1")
            #expect(await fake.sent.last?.type == "template")
        }
    }
}
