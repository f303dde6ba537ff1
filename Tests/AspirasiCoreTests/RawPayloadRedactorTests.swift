import AspirasiCore
import Foundation
import Testing

@Suite struct RawPayloadRedactorTests {
    func redacted(_ text: String, _ type: String?) -> String? {
        RawPayloadRedactor.redact(Data(text.utf8), contentType: type).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        "api_key", "API-KEY", "apiKey", "access_token", "hub.verify_token", "oauth_token", "client_secret",
        "password", "Passwd", "X-Twilio-Signature", "Authorization", "AccountSid", "key", "pwd", "Cookie",
        "x-api-key", "refresh_token", "private_key", "credentials",
    ])
    func credentialNames(_ name: String) {
        #expect(CredentialNames.isCredential(name))
    }

    @Test(arguments: [
        "text", "author", "monkey", "keywords", "post_id", "DKIM-Signature", "ARC-Message-Signature", "tokenizer",
        "From", "Body", "MessageSid", "description", "",
    ])
    func ordinaryNames(_ name: String) {
        #expect(!CredentialNames.isCredential(name))
    }

    @Test func jsonMembersAtAnyDepthLoseTheirValuesAndNothingElseMoves() {
        let json = """
            {"text" : "Jalan rusak", "api_key":"k-123", "meta": {"n": [1, 2.50e1, true, null],
              "auth": {"token": "t-456", "nested": ["x"]}}, "list":[{"access_token":"t-789"}],
              "escaped\\u005fsecret": "s-1", "quote": "a \\"secret\\" here"}
            """
        let out = redacted(json, "application/json; charset=utf-8")
        #expect(
            out == """
                {"text" : "Jalan rusak", "api_key":"[redacted]", "meta": {"n": [1, 2.50e1, true, null],
                  "auth": "[redacted]"}, "list":[{"access_token":"[redacted]"}],
                  "escaped\\u005fsecret": "[redacted]", "quote": "a \\"secret\\" here"}
                """)
    }

    @Test func payloadsWithoutCredentialsAreTheSameBytes() {
        let json = #"{"b": 1,   "a": [ {"x": "y"} ]}"#
        #expect(redacted(json, "application/json") == json)
        let form = "From=%2B6281&Body=Banjir+di+sini&MessageSid=SM1"
        #expect(redacted(form, "application/x-www-form-urlencoded") == form)
    }

    @Test func unreadableOrUnknownPayloadsAreNotKept() {
        #expect(redacted(#"{"api_key": "k-1""#, "application/json") == nil)
        #expect(redacted("<xml><token>t</token></xml>", "application/xml") == nil)
        #expect(redacted("api_key=k-1", nil) == nil)
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(redacted(deep, "application/json") == nil)
    }

    @Test func formFieldsAndQueryParameters() {
        let form = "api_key=k-1&service_code=sampah&api%5Fkey=k-2&password=&hub.verify_token=v-3&description=kunci+api"
        #expect(
            redacted(form, "application/x-www-form-urlencoded")
                == "api_key=%5Bredacted%5D&service_code=sampah&api%5Fkey=%5Bredacted%5D&password="
                + "&hub.verify_token=%5Bredacted%5D&description=kunci+api")
    }

    @Test func mailHeadersWithCredentialsIncludingFoldedOnes() {
        let mail =
            "From: Warga <warga@example.id>\r\nAuthorization: Bearer abc\r\n  def\r\n"
            + "DKIM-Signature: v=1; b=public\r\nX-Api-Key: k-1\r\nSubject: Banjir\r\n\r\n"
            + "Authorization: this line is the body\r\n"
        #expect(
            redacted(mail, "message/rfc822")
                == "From: Warga <warga@example.id>\r\nAuthorization: [redacted]\r\n"
                + "DKIM-Signature: v=1; b=public\r\nX-Api-Key: [redacted]\r\nSubject: Banjir\r\n\r\n"
                + "Authorization: this line is the body\r\n")
    }
}

@Suite struct CitizenContactTests {
    @Test(arguments: ["+62 812-3456-789", "0812 3456 789", "628123456789", "+628123456789", "0062-812-3456-789"])
    func indonesianNumbersInEverySpelling(_ text: String) throws {
        let contact = try #require(CitizenContact(text))
        #expect(contact.kind == .phone)
        #expect(contact.channel == nil)
        #expect(Set(contact.handles) == ["+628123456789", "628123456789", "08123456789"])
    }

    @Test func emailsChannelHandlesAndNonsense() throws {
        let email = try #require(CitizenContact(" Warga@Example.ID "))
        #expect(email.kind == .email && email.handles == ["warga@example.id"])
        let tweet = try #require(CitizenContact("twitter:1234567890"))
        #expect(tweet.channel == .twitter && tweet.handles.contains("1234567890"))
        let qlue = try #require(CitizenContact("qlue:881"))
        #expect(qlue.channel == .qlue && qlue.handles.contains("qlue:881"))
        let sms = try #require(CitizenContact("sms:0812-3456-789"))
        #expect(sms.channel == .sms && sms.handles.contains("+628123456789"))
        #expect(CitizenContact("") == nil)
        #expect(CitizenContact("budi") == nil)
        #expect(CitizenContact("twitter:") == nil)
        #expect(CitizenContact("12") == nil)
    }
}
