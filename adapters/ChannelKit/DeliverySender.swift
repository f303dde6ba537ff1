import AspirasiCore
import Foundation

/// One message the outbox owes someone, ready for a channel to send.
public struct OutgoingMessage: Sendable, Equatable {
    public let deliveryID: Int
    public let channel: Channel
    public let recipient: String
    /// The provider's thread (a tweet, a post, an email Message-ID) to answer in, if any.
    public let threadKey: String?
    public let text: String
    /// Stable for every attempt of this delivery: providers that honour it never send twice.
    public let idempotencyKey: String
    /// What the text was made from (template, tracking number, status, reason), for channels
    /// that carry a status of their own beside the text (Qlue, LAPOR!).
    public let payload: [String: String]
    /// When the citizen last wrote on `threadKey` (for messaging windows such as Messenger's
    /// 24 hours); nil when no message of theirs is on record there.
    public let citizenLastMessageAt: Date?

    public init(
        deliveryID: Int, channel: Channel, recipient: String, threadKey: String?, text: String, idempotencyKey: String,
        payload: [String: String] = [:], citizenLastMessageAt: Date? = nil
    ) {
        self.deliveryID = deliveryID
        self.channel = channel
        self.recipient = recipient
        self.threadKey = threadKey
        self.text = text
        self.idempotencyKey = idempotencyKey
        self.payload = payload
        self.citizenLastMessageAt = citizenLastMessageAt
    }

    /// The report's status this message announces; nil for acknowledgements, replies and notifications.
    public var status: ReportStatus? { payload["status"].flatMap(ReportStatus.init(rawValue:)) }
    public var rejectReason: RejectReason? { payload["reason"].flatMap(RejectReason.init(rawValue:)) }
    public var trackingNumber: String? { payload["tracking_number"] }
}

/// What a provider answered when it took a message.
public struct ProviderReceipt: Sendable, Equatable {
    public let providerID: String

    public init(providerID: String) {
        self.providerID = providerID
    }
}

/// Why a send did not happen, and so what the outbox does next.
public enum SendFailure: Error, Sendable, Equatable {
    /// Try again later (timeouts, 5xx, a dropped connection): backoff with jitter.
    case transient(String)
    /// The provider asked us to wait: pause the whole channel until then.
    case rateLimited(until: Date)
    /// This one message must wait (a limit per recipient); the channel carries on. Not an attempt.
    case deferred(until: Date)
    /// Retrying cannot help (an expired token, a refused recipient): dead-letter and alert.
    case permanent(String)
    /// The provider's policy forbids this message now (Messenger outside its messaging window with
    /// no tag that fits): not sent, the reason recorded on the delivery; nothing for an operator to fix.
    case notAllowed(String)
    /// The request may have reached the provider (no answer in time, the connection dropped after
    /// sending): retried only where the provider honours idempotency keys, else `possibly_sent`.
    case unknownOutcome(String)
}

/// A channel's sending side. Each adapter provides one; tests use fakes.
public protocol DeliverySender: Sendable {
    /// Whether the provider deduplicates by `OutgoingMessage.idempotencyKey`, so that a
    /// delivery interrupted between send and commit may simply be sent again.
    var honoursIdempotencyKeys: Bool { get }
    func send(_ message: OutgoingMessage) async throws(SendFailure) -> ProviderReceipt
}
