import ChannelKit
import Foundation

/// The forum's webhook as Discourse sends it: `X-Discourse-Event` names the
/// event and `X-Discourse-Event-Signature: sha256=<hex>` is an HMAC-SHA256
/// of the raw body with the shared secret. Only post events carry a message.
public struct DiscourseWebhook: Sendable {
    public static let signatureHeader = "X-Discourse-Event-Signature"
    public static let eventHeader = "X-Discourse-Event"
    /// Discourse posts are capped far below this; bigger bodies are refused.
    public static let maxBodyBytes = 1024 * 1024

    let secret: String
    /// Our own API user: its posts are our replies coming back.
    let ourUsername: String?

    public init(secret: String, ourUsername: String? = nil) {
        self.secret = secret
        self.ourUsername = ourUsername
    }

    public func isAuthentic(signature: String?, body: some DataProtocol) -> Bool {
        guard let signature else { return false }
        return WebhookSignature.isValid(
            signature, prefix: "sha256=", payload: body, secret: Data(secret.utf8), encoding: .hex)
    }

    /// The messages of one event: a new post (`post_created`, or no event header) is one;
    /// edits, deletions, pings and other events are none.
    public func decode(_ body: Data, event: String?) throws(AdapterError) -> [InboundMessage] {
        if let event, event != "post_created" { return [] }
        let post: DiscoursePost?
        do {
            post = try DiscoursePost.decode(body)
        } catch {
            throw .malformed(error.message)
        }
        guard let post else { return [] }
        if let ourUsername, post.username.caseInsensitiveCompare(ourUsername) == .orderedSame { return [] }
        guard !post.text.isEmpty else { return [] }
        return [
            ForumMessage.message(
                key: ForumPostKey(topic: post.topicID, postNumber: post.postNumber), fallbackID: "post-\(post.id)",
                replyTo: post.replyToPostNumber, username: post.username, title: post.topicTitle, text: post.text,
                photos: [], location: nil, publicPost: post.isPublic, sentAt: post.createdAt, raw: body,
                rawType: "application/json")
        ]
    }
}
