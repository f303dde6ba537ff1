import AspirasiCore
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import EmailAdapter
import FacebookAdapter
import ForumAdapter
import Foundation
import HummingbirdTesting
import NIOCore
import PostgresNIO
import SMSAdapter
import Testing
import TwitterAdapter

@testable import AspirasiServer

/// No credential reaches `inbound_messages.raw_payload`, whichever channel brought it.
@Suite struct RawPayloadRedactionTests {
    /// Every planted credential starts with this, so one query finds any that slipped through.
    static let planted = "SECRET-"

    static func leaks(_ database: PostgresClient) async throws -> Int {
        try await database.count(
            "SELECT count(*) FROM inbound_messages WHERE position(convert_to(\(planted), 'UTF8') IN raw_payload) > 0")
    }

    /// The probe's finding: Open311's `api_key` stored in clear with the request; and a partner that puts a
    /// token in its JSON body.
    @Test func open311AndPartnerBodiesAreStoredWithoutTheirKeys() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey("open311-client")
            let form =
                "api_key=\(key)&service_code=sampah&lat=-6.1754&long=106.8272&description=Sampah+menumpuk"
                + "&email=warga%40example.com"
            let posted = try await hub.http.execute(
                uri: "/open311/v2/requests.json", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form))
            #expect(posted.status == .created)
            let partner = try await hub.postMessage(
                message("partner-token", ["access_token": "\(Self.planted)partner", "meta": ["api_key": key]]),
                key: try await hub.partnerKey())
            #expect(partner.status == .created)

            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE raw_payload IS NOT NULL") == 2)
            #expect(try await Self.leaks(hub.database) == 0)
            let stored = try await hub.database.count(
                "SELECT count(*) FROM inbound_messages WHERE position(convert_to(\(key), 'UTF8') IN raw_payload) > 0")
            #expect(stored == 0, "the API key is not kept")
            let open311 = try await hub.text(
                "SELECT convert_from(raw_payload, 'UTF8') FROM inbound_messages WHERE channel = 'app'")
            #expect(open311?.hasPrefix("api_key=%5Bredacted%5D&service_code=sampah") == true)
        }
    }

    /// One message per channel, decoded by its real adapter where the decoder is public, each carrying a
    /// credential where that channel's payload can hold one; the intake stores none of them.
    @Test func noChannelStoresACredential() async throws {
        let messages = try Self.channelMessages()
        #expect(Set(messages.map(\.channel)).isSuperset(of: Channel.allCases.filter { $0 != .app && $0 != .api }))
        try await withFreshDatabase { database in
            let intake = IntakeQueue(client: database, logger: .silent)
            for message in messages { _ = try await intake.submit(message) }
            let kept = try await database.count(
                "SELECT count(*) FROM inbound_messages WHERE raw_payload IS NOT NULL")
            #expect(kept == messages.count, "payloads are kept, without their credentials")
            #expect(try await Self.leaks(database) == 0)
        }
    }

    static func channelMessages() throws -> [InboundMessage] {
        let secret = planted
        let tweet = Data(
            #"""
            {"for_user_id":"3001","oauth_token":"\#(secret)x","tweet_create_events":[{"id_str":"1850000000000000009",
            "text":"@JakartaAspirasi lampu jalan mati","user":{"id_str":"778","screen_name":"warga_x"}}]}
            """#.utf8)
        let facebook = Data(
            #"""
            {"object":"page","access_token":"\#(secret)fb","entry":[{"id":"1000","time":1795418100,"changes":[
            {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"1000_200_301","post_id":"1000_200",
            "from":{"id":"556","name":"Warga FB"},"message":"Sampah menumpuk di pasar","created_time":1795418100}}]}]}
            """#.utf8)
        let forum = Data(
            #"""
            {"post":{"id":902,"username":"warga_forum","api_key":"\#(secret)forum","post_number":1,"topic_id":124,
            "topic_title":"Got mampet","raw":"Got mampet di RT 05"}}
            """#.utf8)
        let whatsapp = Data(
            #"""
            {"object":"whatsapp_business_account","access_token":"\#(secret)wa","entry":[{"id":"102290129340398",
            "changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{
            "display_phone_number":"622150000","phone_number_id":"106540352242922"},"contacts":[{"profile":{
            "name":"Warga WA"},"wa_id":"6281211110009"}],"messages":[{"from":"6281211110009","id":"wamid.RED1",
            "timestamp":"1795418100","type":"text","text":{"body":"Lampu taman mati"}}]}}]}]}
            """#.utf8)
        let twilio =
            "AccountSid=AC\(secret)sid&MessageSid=SM00000000000000000000000000000001&From=%2B6281211110001"
            + "&To=%2B6221000&Body=Banjir+di+sini"
        let mail = Array(
            ("From: Warga Surel <warga.surel@example.id>\r\nTo: aspirasi@jakarta.go.id\r\nSubject: Lampu mati\r\n"
                + "Message-ID: <redaction-1@example.id>\r\nAuthorization: Bearer \(secret)mail\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLampu jalan mati sejak kemarin.\r\n")
                .utf8)
        guard case .take(let email) = EmailInbound.decode(mail) else {
            throw HubTestError.unexpected("the test mail was not taken in")
        }
        let feed = { (channel: Channel, id: String, json: String) in
            InboundMessage(
                channel: channel, externalID: id, author: .init(handle: "\(channel.rawValue):\(id)"),
                text: "Pohon tumbang menutup jalan", rawPayload: Data(json.utf8), rawContentType: "application/json")
        }
        return [
            try TwitterWebhook(consumerSecret: "s", ourUserID: "3001").decode(tweet),
            try FacebookWebhook(appSecret: "s", verifyToken: "v", pageID: "1000").decode(facebook),
            try DiscourseWebhook(secret: "s").decode(forum, event: "post_created"),
            try WhatsAppWebhook(appSecret: "s", verifyToken: "v", phoneNumberID: "106540352242922").decode(
                WebhookRequest(body: whatsapp)
            ).messages,
            [
                try TwilioWebhook(authToken: "t", publicURL: "https://hub.test/webhooks/sms/twilio").decode(
                    FormFields(twilio), raw: Data(twilio.utf8))
            ],
            [try KannelInbound.decode(query: "from=%2B6281211110002&text=Jalan+rusak&id=k-1&password=\(secret)kannel")],
            [email],
            // Qlue and LAPOR! decode inside their pollers; their items are stored as JSON like these.
            [feed(.qlue, "501", #"{"post_id":501,"auth":{"token":"\#(secret)qlue"}}"#)],
            [feed(.lapor, "LAP-1", #"{"id_laporan":"LAP-1","X-Lapor-Token":"\#(secret)lapor"}"#)],
        ].flatMap { $0 }
    }
}
