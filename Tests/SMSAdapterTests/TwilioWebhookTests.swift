import ChannelKit
import Foundation
import Testing

@testable import SMSAdapter

@Suite struct TwilioWebhookTests {
    @Test func theSignatureMatchesTwiliosPublishedVector() {
        let webhook = TwilioWebhook(authToken: "12345", publicURL: "https://mycompany.com/myapp.php?foo=1&bar=2")
        let parameters = [
            ("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        #expect(
            webhook.expectedSignature(
                url: "https://mycompany.com/myapp.php?foo=1&bar=2", parameters: parameters.reversed())
                == "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
        let form = FormFields(
            parameters.map { "\($0.0)=\($0.1.replacingOccurrences(of: "+", with: "%2B"))" }.joined(separator: "&"))
        #expect(webhook.isAuthentic(signature: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", form: form))
        #expect(!webhook.isAuthentic(signature: "0/KCTR6DLpKmkAf8muzZqo1nDgQ", form: form))
        #expect(!webhook.isAuthentic(signature: nil, form: form))
    }

    @Test func anSMSWithAPhotoBecomesAMessage() throws {
        let webhook = TwilioWebhook(authToken: "t", publicURL: "https://hub.example/webhooks/sms/twilio")
        let form = FormFields(
            "MessageSid=SM0123456789abcdef0123456789abcdef&From=%2B6281234567890&To=%2B621708&Body=Lampu+jalan+mati+di+Jl.+Kramat+Raya+%E2%80%94+gelap"
                + "&NumMedia=2&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2Fm%2F1&MediaContentType0=image%2Fjpeg"
                + "&MediaUrl1=https%3A%2F%2Fapi.twilio.com%2Fm%2F2&MediaContentType1=video%2Fmp4")
        let message = try webhook.decode(form, raw: Data())
        #expect(message.channel == .sms)
        #expect(message.externalID == "SM0123456789abcdef0123456789abcdef")
        #expect(message.author.handle == "+6281234567890")
        #expect(message.text == "Lampu jalan mati di Jl. Kramat Raya — gelap")
        #expect(message.photos == ["https://api.twilio.com/m/1"])
        #expect(throws: AdapterError.self) { try webhook.decode(FormFields("From=%2B62"), raw: Data()) }
    }

    /// The signed string joins names and values with nothing between them, so a captured request could be
    /// re-split (`Body=x&Bodyy=…`) under the same signature: only documented names, once each, and a real sid.
    @Test func aReSplitOrOddlyShapedRequestIsRefused() throws {
        let webhook = TwilioWebhook(authToken: "t", publicURL: "https://hub.example/webhooks/sms/twilio")
        let sid = "SM0123456789abcdef0123456789abcdef"
        let good = "MessageSid=\(sid)&From=%2B6281234567890&To=%2B621708&Body=Halo&NumMedia=0"
        #expect(try webhook.decode(FormFields(good), raw: Data()).externalID == sid)
        #expect(
            try webhook.decode(FormFields("MessageSid=MM0123456789abcdef0123456789abcdef&From=%2B62"), raw: Data())
                .externalID.hasPrefix("MM"))
        // The same bytes as `Body=Halo&From=...` cut differently: a name Twilio never sends.
        let resplit = "MessageSid=\(sid)&BodyHa=lo&From=%2B6281234567890&To=%2B621708"
        for form in [
            resplit, "MessageSid=SM123&From=%2B62", "MessageSid=\(sid)x&From=%2B62",
            "MessageSid=SM0123456789ABCDEF0123456789ABCDEF&From=%2B62", "MessageSid=\(sid)&From=%2B62&From=%2B63",
            "MessageSid=\(sid)&From=%2B62&MediaUrl10=x", "MessageSid=\(sid)&From=%2B62&MediaUrl00=x",
        ] {
            #expect(throws: AdapterError.self, "\(form)") { try webhook.decode(FormFields(form), raw: Data()) }
        }
    }
}
