import ChannelKit

extension FacebookWebhook: SignedWebhook {
    public var signatureHeader: String { Self.signatureHeader }

    public func isAuthentic(_ request: WebhookRequest) -> Bool {
        isAuthentic(signature: request.header(Self.signatureHeader), body: request.body)
    }

    public func decode(_ request: WebhookRequest) throws(AdapterError) -> WebhookContent {
        WebhookContent(messages: try decode(request.body))
    }
}
