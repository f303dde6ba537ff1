import ChannelKit
import Foundation

/// Where a forum post sits: topic and post number. Forum posts are named
/// `topic:T/N` whether they come from the webhook or the feed, so the two
/// paths dedupe against each other, a reply to post N of topic T finds the
/// message (or our reply) it answers, and any later post of the topic finds
/// the report its opening post made.
public struct ForumPostKey: Sendable, Equatable {
    public let topic: Int
    public let postNumber: Int

    public init?(topic: Int, postNumber: Int) {
        guard topic > 0, postNumber > 0 else { return nil }
        self.topic = topic
        self.postNumber = postNumber
    }

    public var id: String { "topic:\(topic)/\(postNumber)" }
    public var opening: String { "topic:\(topic)/1" }

    /// A Discourse link: `/t/{slug}/{topic}/{post}` or `/t/{slug}/{topic}` (the opening post).
    public init?(link: String?) {
        guard let link, let url = URL(string: link) else { return nil }
        let parts = url.path.split(separator: "/").map(String.init)
        guard let t = parts.firstIndex(of: "t"), parts.count > t + 1 else { return nil }
        // `/t/{topic}` without a slug is also Discourse's; the slug is never all digits with a post after it.
        let numbers = parts[(t + 1)...].compactMap { Int($0) }
        switch numbers.count {
        case 1: self.init(topic: numbers[0], postNumber: 1)
        case 2...: self.init(topic: numbers[0], postNumber: numbers[1])
        default: return nil
        }
    }

    /// `topic:T/N` back into its parts.
    public init?(id: String) {
        guard id.hasPrefix("topic:") else { return nil }
        let parts = id.dropFirst("topic:".count).split(separator: "/")
        guard parts.count == 2, let topic = Int(parts[0]), let post = Int(parts[1]) else { return nil }
        self.init(topic: topic, postNumber: post)
    }
}

enum ForumMessage {
    /// The username in a feed's author: Discourse writes `@username Full Name` in `dc:creator`,
    /// other forums the bare name. The webhook gives the bare username; both must agree.
    static func username(feedAuthor: String?) -> String? {
        guard let author = feedAuthor?.trimmingCharacters(in: .whitespaces), !author.isEmpty else { return nil }
        guard author.hasPrefix("@") else { return author }
        let name = author.dropFirst().split(separator: " ", maxSplits: 1).first.map(String.init)
        return name.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The message for a post; the thread key is where our reply goes (the post itself).
    static func message(
        key: ForumPostKey?, fallbackID: String, replyTo: Int?, username: String?, title: String?, text: String,
        photos: [String], location: GeoPoint?, publicPost: Bool, sentAt: Date?, raw: Data?, rawType: String
    ) -> InboundMessage {
        let handle = username.map { "forum:\($0)" } ?? ""
        var inReplyTo: String?
        var references: [String] = []
        if let key {
            if let replyTo, let answered = ForumPostKey(topic: key.topic, postNumber: replyTo) {
                inReplyTo = answered.id
            }
            if key.postNumber > 1 { references = [key.opening] }
        }
        return InboundMessage(
            channel: .forum, externalID: key?.id ?? fallbackID, threadKey: key?.id, inReplyTo: inReplyTo,
            references: references, author: .init(handle: handle, displayName: username), title: title, text: text,
            location: location, photos: Array(photos.prefix(10)), publicPost: publicPost, sentAt: sentAt,
            rawPayload: raw,
            rawContentType: rawType)
    }
}
