import ChannelKit
import Foundation

/// A Twilio-style SMS gateway's inbound webhook: a form POST (`MessageSid`,
/// `From`, `To`, `Body`, `NumMedia`, `MediaUrl0...`) signed in
/// `X-Twilio-Signature` = base64(HMAC-SHA1(auth token, the full URL the
/// gateway called + every parameter's name and value, sorted by name)).
/// The URL must be the public one configured at the provider, not what a
/// proxy passed on, so it comes from configuration.
public struct TwilioWebhook: Sendable {
    public static let signatureHeader = "X-Twilio-Signature"
    /// The answer that tells the gateway to send nothing back itself: replies go through the outbox.
    public static let emptyResponse = #"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#

    let authToken: String
    let publicURL: String

    public init(authToken: String, publicURL: String) {
        self.authToken = authToken
        self.publicURL = publicURL
    }

    public func expectedSignature(url: String, parameters: [(String, String)]) -> String {
        var payload = url
        for (name, value) in parameters.sorted(by: { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }) {
            payload += name + value
        }
        return WebhookSignature.sign(
            Data(payload.utf8), secret: Data(authToken.utf8), algorithm: .sha1, encoding: .base64)
    }

    public func isAuthentic(signature: String?, form: FormFields) -> Bool {
        guard let signature, form.malformed.isEmpty else { return false }
        let expected = expectedSignature(url: publicURL, parameters: form.pairs)
        return WebhookSignature.constantTimeEqual(Array(signature.utf8), Array(expected.utf8))
    }

    public func decode(_ form: FormFields, raw: Data) throws(AdapterError) -> InboundMessage {
        if let problem = TwilioParameters.problem(in: form.pairs) { throw .malformed(problem) }
        guard let sid = form["MessageSid"] ?? form["SmsSid"], !sid.isEmpty else {
            throw .malformed("MessageSid is missing")
        }
        guard TwilioParameters.isMessageSid(sid) else {
            throw .malformed("MessageSid must be SM or MM followed by 32 hex digits")
        }
        guard let from = form["From"], !from.isEmpty else { throw .malformed("From is missing") }
        let count = max(0, min(Int(form["NumMedia"] ?? "0") ?? 0, 10))
        let photos = (0..<count).compactMap { index -> String? in
            if let type = form["MediaContentType\(index)"], !type.hasPrefix("image/") { return nil }
            return form["MediaUrl\(index)"]
        }
        return InboundMessage(
            channel: .sms, externalID: sid, author: .init(handle: from), text: form["Body"] ?? "", photos: photos,
            rawPayload: raw, rawContentType: "application/x-www-form-urlencoded")
    }
}
