import ChannelKit
import Foundation
import Testing

@testable import TwitterAdapter

@Suite struct TwitterWebhookTests {
    let webhook = TwitterWebhook(
        consumerSecret: "z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu", ourUserID: "3001")

    /// The CRC answer signs with the event key: a token that could be an event body is never signed.
    @Test func onlyTokenShapedCRCRequestsAreAnswered() {
        #expect(TwitterWebhook.isPlausibleCRCToken("9b4507b3-9040-4669-9ca3-6b94edb50553"))
        #expect(!TwitterWebhook.isPlausibleCRCToken(#"{"for_user_id":"3001","tweet_create_events":[]}"#))
        #expect(!TwitterWebhook.isPlausibleCRCToken(String(repeating: "a", count: 129)))
        #expect(!TwitterWebhook.isPlausibleCRCToken(""))
    }

    @Test func theCRCAnswerMatchesXsPublishedVector() {
        #expect(
            webhook.crcResponse(token: "9b4507b3-9040-4669-9ca3-6b94edb50553")
                == #"{"response_token":"sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8="}"#)
    }

    /// A mention with Indonesian text, an emoji, a photo and a point ([lon, lat] on the wire).
    static let mention = Data(
        #"""
        {"for_user_id":"3001","tweet_create_events":[{"id_str":"1850000000000000001","created_at":"Mon Nov 23 07:15:00 +0000 2026",
        "text":"@JakartaAspirasi jalan berlubang di Jl. Kebon Sirih, bahaya utk motor 🙏 — tolong dicek","truncated":false,
        "user":{"id":777,"id_str":"777","screen_name":"warga_gambir","name":"Warga Gambir"},
        "in_reply_to_status_id_str":null,"coordinates":{"type":"Point","coordinates":[106.8272,-6.1754]},
        "place":{"full_name":"Gambir, Indonesia"},
        "extended_entities":{"media":[{"type":"photo","media_url_https":"https://pbs.twimg.com/media/abc.jpg"}]}}]}
        """#.utf8)

    @Test func signaturesAreCheckedOnTheRawBytes() {
        let signature =
            "sha256="
            + WebhookSignature.sign(Self.mention, secret: Data(webhook.consumerSecret.utf8), encoding: .base64)
        #expect(webhook.isAuthentic(signature: signature, body: Self.mention))
        var tampered = Self.mention
        tampered[tampered.count - 3] = UInt8(ascii: "x")
        #expect(!webhook.isAuthentic(signature: signature, body: tampered))
        #expect(!webhook.isAuthentic(signature: nil, body: Self.mention))
        #expect(!webhook.isAuthentic(signature: "sha256=not-base64!", body: Self.mention))
        #expect(!webhook.isAuthentic(signature: String(signature.dropFirst(7)), body: Self.mention))
    }

    @Test func aMentionBecomesAMessage() throws {
        let messages = try webhook.decode(Self.mention)
        let message = try #require(messages.first)
        #expect(messages.count == 1)
        #expect(message.channel == .twitter)
        #expect(message.externalID == "1850000000000000001")
        #expect(message.threadKey == "1850000000000000001")
        #expect(message.author.handle == "777")
        #expect(message.author.displayName == "@warga_gambir")
        #expect(message.text.contains("🙏 — tolong dicek"))
        #expect(message.location?.latitude == -6.1754)
        #expect(message.location?.longitude == 106.8272)
        #expect(message.photos == ["https://pbs.twimg.com/media/abc.jpg"])
        #expect(message.sentAt == Date(timeIntervalSince1970: 1_795_418_100))
        #expect(message.publicPost, "a tweet is public: its text may be published, masked")
    }

    @Test func longTweetsUseTheirFullTextAndRepliesKeepTheirParent() throws {
        let body = Data(
            #"""
            {"for_user_id":"3001","tweet_create_events":[{"id_str":"2","text":"awal…","truncated":true,
            "extended_tweet":{"full_text":"awal dan seluruh isi laporan yang panjang"},
            "in_reply_to_status_id_str":"1","user":{"id_str":"778","screen_name":"b"}}]}
            """#.utf8)
        let message = try #require(try webhook.decode(body).first)
        #expect(message.text == "awal dan seluruh isi laporan yang panjang")
        #expect(message.inReplyTo == "1")
        #expect(message.location == nil)
    }

    @Test func echoesRetweetsAndOtherEventsGiveNothing() throws {
        let body = Data(
            #"""
            {"for_user_id":"3001",
             "tweet_create_events":[
               {"id_str":"10","text":"Aspirasi #2611-0000017: sedang dikerjakan","user":{"id_str":"3001","screen_name":"JakartaAspirasi"}},
               {"id_str":"11","text":"RT","retweeted_status":{},"user":{"id_str":"779","screen_name":"c"}}],
             "direct_message_events":[
               {"type":"message_create","id":"50","created_timestamp":"1795418100000",
                "message_create":{"sender_id":"3001","message_data":{"text":"balasan kami"}}}],
             "favorite_events":[{"id":"x"}]}
            """#.utf8)
        #expect(try webhook.decode(body).isEmpty)
        #expect(try webhook.decode(Data(#"{"for_user_id":"3001","follow_events":[]}"#.utf8)).isEmpty)
        let otherAccount = String(decoding: Self.mention, as: UTF8.self)
            .replacingOccurrences(of: #""for_user_id":"3001""#, with: #""for_user_id":"4002""#)
        #expect(try webhook.decode(Data(otherAccount.utf8)).isEmpty)
    }

    @Test func aDirectMessageIsAnsweredInItsConversation() throws {
        let body = Data(
            #"""
            {"for_user_id":"3001","direct_message_events":[{"type":"message_create","id":"51","created_timestamp":"1795418100000",
             "message_create":{"sender_id":"780","message_data":{"text":"Sampah menumpuk di Cideng sudah 3 hari",
             "attachment":{"type":"media","media":{"type":"photo","media_url_https":"https://ton.twitter.com/dm/1.jpg"}}}}}],
             "users":{"780":{"id":"780","screen_name":"warga_cideng","name":"Warga Cideng"}}}
            """#.utf8)
        let message = try #require(try webhook.decode(body).first)
        #expect(message.externalID == "dm:51")
        #expect(message.threadKey == "dm:780")
        #expect(message.author.handle == "780")
        #expect(message.author.displayName == "@warga_cideng")
        #expect(message.photos == ["https://ton.twitter.com/dm/1.jpg"])
        #expect(message.sentAt == Date(timeIntervalSince1970: 1_795_418_100))
        #expect(!message.publicPost, "a DM is private: its text is never published")
    }

    @Test func malformedBodiesAreNamed() {
        #expect(throws: AdapterError.self) { try webhook.decode(Data("not json".utf8)) }
        #expect(throws: AdapterError.self) {
            try webhook.decode(Data(#"{"tweet_create_events":[{"text":"no id"}]}"#.utf8))
        }
    }
}
