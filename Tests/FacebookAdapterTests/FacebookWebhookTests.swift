import ChannelKit
import Foundation
import Testing

@testable import FacebookAdapter

@Suite struct FacebookWebhookTests {
    let webhook = FacebookWebhook(appSecret: "app-secret-for-tests", verifyToken: "verify-me", pageID: "1000")

    /// A feed comment as Meta signs it: non-ASCII escaped as \uXXXX in the bytes.
    static let comment = Data(
        #"{"object":"page","entry":[{"id":"1000","time":1795418100,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"1000_200_300","post_id":"1000_200","parent_id":"1000_200","from":{"id":"555","name":"Warga Cempaka"},"message":"Pohon tumbang di Jl. Cempaka Putih \u2014 menutup jalan \ud83d\ude4f","created_time":1795418100}}]}]}"#
            .utf8)

    @Test func theHandshakeAnswersOnlyTheRightToken() {
        #expect(webhook.challengeAnswer(mode: "subscribe", token: "verify-me", challenge: "1158201444") == "1158201444")
        #expect(webhook.challengeAnswer(mode: "subscribe", token: "wrong", challenge: "1158201444") == nil)
        #expect(webhook.challengeAnswer(mode: "unsubscribe", token: "verify-me", challenge: "1") == nil)
        #expect(webhook.challengeAnswer(mode: "subscribe", token: "verify-me", challenge: nil) == nil)
    }

    @Test func theSignatureCoversTheEscapedBytes() {
        let signature =
            "sha256=" + WebhookSignature.sign(Self.comment, secret: Data("app-secret-for-tests".utf8), encoding: .hex)
        #expect(webhook.isAuthentic(signature: signature, body: Self.comment))
        // The same text re-serialised with the characters themselves is different bytes: refused.
        let unescaped = Data(
            String(decoding: Self.comment, as: UTF8.self).replacingOccurrences(of: "\\u2014", with: "—").utf8)
        #expect(!webhook.isAuthentic(signature: signature, body: unescaped))
        #expect(!webhook.isAuthentic(signature: nil, body: Self.comment))
        #expect(!webhook.isAuthentic(signature: "sha1=abc", body: Self.comment))
    }

    @Test func aCommentBecomesAMessageAnsweredUnderIt() throws {
        let message = try #require(try webhook.decode(Self.comment).first)
        #expect(message.channel == .facebook)
        #expect(message.externalID == "1000_200_300")
        #expect(message.threadKey == nil)
        #expect(message.inReplyTo == "1000_200")
        #expect(message.author.handle == "555")
        #expect(message.author.displayName == "Warga Cempaka")
        #expect(message.text == "Pohon tumbang di Jl. Cempaka Putih — menutup jalan 🙏")
        #expect(message.sentAt == Date(timeIntervalSince1970: 1_795_418_100))
        #expect(message.publicPost, "a page comment is public")
    }

    @Test func messengerMessagesCarryLocationAndPhotos() throws {
        let body = Data(
            #"""
            {"object":"page","entry":[{"id":"1000","time":1795418100000,"messaging":[
              {"sender":{"id":"6001"},"recipient":{"id":"1000"},"timestamp":1795418100000,
               "message":{"mid":"m_abc","text":"Banjir setinggi lutut di sini",
                "attachments":[{"type":"location","payload":{"coordinates":{"lat":-6.1754,"long":106.8272}}},
                               {"type":"image","payload":{"url":"https://scontent.xx.fbcdn.net/v/banjir.jpg"}}]}},
              {"sender":{"id":"1000"},"recipient":{"id":"6001"},"timestamp":1795418100001,
               "message":{"mid":"m_echo","is_echo":true,"text":"Aspirasi #2611-0000001"}},
              {"sender":{"id":"6001"},"recipient":{"id":"1000"},"timestamp":1795418100002,"delivery":{"mids":["m_echo"]}},
              {"sender":{"id":"6001"},"recipient":{"id":"1000"},"timestamp":1795418100003,"read":{"watermark":1}}]}]}
            """#.utf8)
        let messages = try webhook.decode(body)
        #expect(messages.count == 1)
        let message = try #require(messages.first)
        #expect(message.externalID == "m_abc")
        #expect(message.threadKey == "messenger:6001")
        #expect(message.location?.latitude == -6.1754)
        #expect(message.location?.longitude == 106.8272)
        #expect(message.photos == ["https://scontent.xx.fbcdn.net/v/banjir.jpg"])
        #expect(!message.publicPost, "Messenger is private")
    }

    @Test func editsLikesAndThePagesOwnCommentsGiveNothing() throws {
        let body = Data(
            #"""
            {"object":"page","entry":[{"id":"1000","changes":[
              {"field":"feed","value":{"item":"comment","verb":"edited","comment_id":"1","post_id":"2","from":{"id":"555"},"message":"x"}},
              {"field":"feed","value":{"item":"reaction","verb":"add","post_id":"2","from":{"id":"555"}}},
              {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"3","post_id":"2","from":{"id":"1000"},"message":"balasan"}},
              {"field":"mention","value":{}}]}]}
            """#.utf8)
        #expect(try webhook.decode(body).isEmpty)
        #expect(throws: AdapterError.self) { try webhook.decode(Data(#"{"object":"user","entry":[]}"#.utf8)) }
        #expect(throws: AdapterError.self) { try webhook.decode(Data("[]".utf8)) }
    }
}
