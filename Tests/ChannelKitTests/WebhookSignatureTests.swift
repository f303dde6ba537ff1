import ChannelKit
import Foundation
import Testing

@Suite struct WebhookSignatureTests {
    /// The CRC vector from CHANNELS.md (X Account Activity API).
    @Test func xCRCVector() {
        let secret = Data("z3ZX4v7mAAUGykl3EcmkqbartmuW8VFOOzCloLx9Q45P0hLrFu".utf8)
        let token = Data("9b4507b3-9040-4669-9ca3-6b94edb50553".utf8)
        let expected = "sha256=Cytd4Sq+NvEcV3MMrXxWJGJx5A+y/lXzzU2Maartkx8="
        #expect("sha256=" + WebhookSignature.sign(token, secret: secret, encoding: .base64) == expected)
        #expect(
            WebhookSignature.isValid(expected, prefix: "sha256=", payload: token, secret: secret, encoding: .base64))
    }

    /// Twilio's documented vector: URL, then each parameter name and value, sorted by name.
    @Test func twilioVector() {
        let params = [
            ("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"),
            ("From", "+12349013030"), ("To", "+18005551212"),
        ]
        let signed = "https://mycompany.com/myapp.php?foo=1&bar=2" + params.map { $0.0 + $0.1 }.joined()
        #expect(
            WebhookSignature.isValid(
                "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", payload: Data(signed.utf8), secret: Data("12345".utf8),
                algorithm: .sha1, encoding: .base64))
    }

    @Test func metaStyleHexAcceptsEitherCase() {
        let body = Data(#"{"object":"page","entry":[{"message":"Jalan berlubang di Kel. Gambir \u00e9"}]}"#.utf8)
        let secret = Data("app-secret".utf8)
        let hex = WebhookSignature.sign(body, secret: secret, encoding: .hex)
        #expect(
            WebhookSignature.isValid("sha256=" + hex, prefix: "sha256=", payload: body, secret: secret, encoding: .hex))
        #expect(
            WebhookSignature.isValid(
                "sha256=" + hex.uppercased(), prefix: "sha256=", payload: body, secret: secret, encoding: .hex))
    }

    @Test(arguments: [
        "", "sha256=", "sha256=zz", "sha1=abcd", "sha256=abc", "sha256=" + String(repeating: "0", count: 64),
    ])
    func rejectsForgedOrMalformed(_ signature: String) {
        let body = Data("{}".utf8)
        #expect(
            !WebhookSignature.isValid(
                signature, prefix: "sha256=", payload: body, secret: Data("s".utf8), encoding: .hex))
    }

    @Test func rejectsTheWrongSecretAndAlteredBody() {
        let body = Data("hello".utf8)
        let signature = WebhookSignature.sign(body, secret: Data("right".utf8), encoding: .hex)
        #expect(!WebhookSignature.isValid(signature, payload: body, secret: Data("wrong".utf8), encoding: .hex))
        #expect(
            !WebhookSignature.isValid(
                signature, payload: Data("hellO".utf8), secret: Data("right".utf8), encoding: .hex))
    }
}
