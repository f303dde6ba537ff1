import AspirasiCore
import Foundation

/// A provider's webhook call as the route received it: the body exactly as it came (signatures are
/// computed over these bytes), the headers by lower-cased name, and the query parameters.
public struct WebhookRequest: Sendable {
    public let body: Data
    public let headers: [String: String]
    public let query: [String: String]

    public init(body: Data, headers: [String: String] = [:], query: [String: String] = [:]) {
        self.body = body
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }) { first, _ in first }
        self.query = query
    }

    /// The header's value, whatever case the provider wrote its name in.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A provider's later word on a message we sent (WhatsApp's `statuses`, an SMSC's report), matched to
/// the delivery by the id the provider gave it when it took the message.
public struct ProviderStatusReport: Sendable, Equatable {
    public let providerID: String
    public let status: String

    public init(providerID: String, status: String) {
        self.providerID = providerID
        self.status = status
    }
}

/// What a webhook call carried: citizens' messages, and statuses of what we sent.
public struct WebhookContent: Sendable, Equatable {
    public var messages: [InboundMessage]
    public var statuses: [ProviderStatusReport]

    public init(messages: [InboundMessage] = [], statuses: [ProviderStatusReport] = []) {
        self.messages = messages
        self.statuses = statuses
    }
}

/// Every signed webhook in two steps: prove the call came from the provider, on the raw bytes and in
/// constant time (`WebhookSignature`), and only then decode it. One route serves every conforming
/// webhook (a forgery is 401 and nothing is read; a malformed body 400), so a channel supplies these two
/// functions and no HTTP code of its own.
public protocol SignedWebhook: Sendable {
    /// The header that carries the signature, named in the 401 answer.
    var signatureHeader: String { get }
    func isAuthentic(_ request: WebhookRequest) -> Bool
    func decode(_ request: WebhookRequest) throws(AdapterError) -> WebhookContent
    /// The body of a successful answer, when the provider expects one (Twilio's empty TwiML).
    var acknowledgement: (contentType: String, body: String)? { get }
    /// The statuses a delivery keeps when `status` arrives late (providers' reports may come out of
    /// order: WhatsApp's `sent` after its `delivered`).
    func statusesOutranking(_ status: String) -> [String]
}

extension SignedWebhook {
    public var acknowledgement: (contentType: String, body: String)? { nil }
    public func statusesOutranking(_ status: String) -> [String] { [] }
}

/// Meta's subscription handshake (Facebook Pages, WhatsApp): `GET ?hub.mode=subscribe&
/// hub.verify_token=V&hub.challenge=C` is answered with C when V is ours, compared in constant time
/// (developers.facebook.com/docs/graph-api/webhooks/getting-started, "Verification Requests").
public protocol SubscriptionHandshake: Sendable {
    var verifyToken: String { get }
}

extension SubscriptionHandshake {
    /// The body answering the handshake; nil means 403.
    public func challengeAnswer(mode: String?, token: String?, challenge: String?) -> String? {
        guard mode == "subscribe", let token, let challenge, !challenge.isEmpty,
            WebhookSignature.constantTimeEqual(Array(token.utf8), Array(verifyToken.utf8))
        else { return nil }
        return challenge
    }
}
