import ChannelKit
import Foundation

/// The gateway signs the form's fields, not the bytes: they are read from the raw body first, and
/// nothing else is read before the signature holds.
extension TwilioWebhook: SignedWebhook {
    public var signatureHeader: String { Self.signatureHeader }
    public var acknowledgement: (contentType: String, body: String)? { ("text/xml", Self.emptyResponse) }

    public func isAuthentic(_ request: WebhookRequest) -> Bool {
        isAuthentic(signature: request.header(Self.signatureHeader), form: Self.form(request))
    }

    public func decode(_ request: WebhookRequest) throws(AdapterError) -> WebhookContent {
        WebhookContent(messages: [try decode(Self.form(request), raw: request.body)])
    }

    static func form(_ request: WebhookRequest) -> FormFields {
        FormFields(String(decoding: request.body, as: UTF8.self))
    }
}
