import ChannelKit
import Foundation

/// The `post` object of a Discourse `post_created` / `post_edited` webhook.
public struct DiscoursePost: Sendable, Equatable {
    public let id: Int
    public let topicID: Int
    public let postNumber: Int
    public let username: String
    /// Markdown as the author typed it.
    public let raw: String?
    /// Discourse's rendered HTML.
    public let cooked: String?
    public let createdAt: Date?
    public let topicTitle: String?
    /// The post number this one answers within its topic, when it is a reply.
    public let replyToPostNumber: Int?
    /// `raw` when present (the author's own words), else `cooked` as plain text.
    public let text: String
    /// A regular post of a regular topic, which anyone may read: not a private message
    /// (`topic_archetype` other than `regular`) nor a staff whisper (`post_type` 4).
    public let isPublic: Bool

    public init(
        id: Int, topicID: Int, postNumber: Int, username: String, raw: String?, cooked: String?,
        createdAt: Date?, topicTitle: String?, replyToPostNumber: Int? = nil, isPublic: Bool = false
    ) {
        self.id = id
        self.topicID = topicID
        self.postNumber = postNumber
        self.username = username
        self.raw = raw
        self.cooked = cooked
        self.createdAt = createdAt
        self.topicTitle = topicTitle
        self.replyToPostNumber = replyToPostNumber
        self.isPublic = isPublic
        let text = FeedText.nonEmpty(raw) ?? cooked.map(HTMLText.plainText) ?? ""
        self.text = String(text.prefix(FeedText.maxText))
    }

    /// Nil for payloads without a post (the `ping` event, topic events).
    /// Errors name the offending field, never the payload.
    public static func decode(_ body: Data) throws(FeedError) -> DiscoursePost? {
        guard body.count <= DiscourseWebhook.maxBodyBytes else { throw .tooLarge }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: body)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .malformed("the field \(path(context.codingPath + [key])) is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .malformed("the field \(path(context.codingPath)) has the wrong type")
        } catch {
            throw .malformed("malformed JSON")
        }
        guard let post = envelope.post else { return nil }
        return DiscoursePost(
            id: post.id,
            topicID: post.topicID,
            postNumber: post.postNumber,
            username: FeedText.line(post.username, max: FeedText.maxAuthor) ?? "",
            raw: post.raw,
            cooked: post.cooked,
            createdAt: post.createdAt.flatMap(FeedDates.rfc3339),
            topicTitle: FeedText.line(post.topicTitle, max: FeedText.maxTitle),
            replyToPostNumber: post.replyToPostNumber,
            isPublic: post.topicArchetype == "regular" && post.postType != 4
        )
    }

    static func path(_ keys: [any CodingKey]) -> String {
        keys.map(\.stringValue).joined(separator: ".")
    }

    private struct Envelope: Decodable {
        let post: Wire?
    }

    private struct Wire: Decodable {
        let id: Int
        let topicID: Int
        let postNumber: Int
        let username: String
        let raw: String?
        let cooked: String?
        let createdAt: String?
        let topicTitle: String?
        let replyToPostNumber: Int?
        let topicArchetype: String?
        let postType: Int?

        enum CodingKeys: String, CodingKey {
            case id, username, raw, cooked
            case topicID = "topic_id"
            case postNumber = "post_number"
            case createdAt = "created_at"
            case topicTitle = "topic_title"
            case replyToPostNumber = "reply_to_post_number"
            case topicArchetype = "topic_archetype"
            case postType = "post_type"
        }
    }
}
