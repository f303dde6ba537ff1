import ChannelKit
import Foundation

/// Meta's webhook for a Facebook Page: the subscription handshake, the
/// `X-Hub-Signature-256` check on the raw bytes (Meta signs its own \uXXXX
/// escaping of non-ASCII text, so the body is never re-serialised first), and
/// feed comments, visitor posts and Messenger messages as `InboundMessage`s.
///
/// Replies: a comment is answered under it (thread key = the comment id), a
/// visitor post under the post, a Messenger message in the conversation
/// (thread key `messenger:<page-scoped user id>`).
public struct FacebookWebhook: Sendable, SubscriptionHandshake {
    public static let signatureHeader = "X-Hub-Signature-256"

    let appSecret: String
    public let verifyToken: String
    /// Our page: what it writes itself is an echo of our replies.
    let pageID: String

    public init(appSecret: String, verifyToken: String, pageID: String) {
        self.appSecret = appSecret
        self.verifyToken = verifyToken
        self.pageID = pageID
    }

    public func isAuthentic(signature: String?, body: some DataProtocol) -> Bool {
        guard let signature else { return false }
        return WebhookSignature.isValid(
            signature, prefix: "sha256=", payload: body, secret: Data(appSecret.utf8), encoding: .hex)
    }

    public func decode(_ body: Data) throws(AdapterError) -> [InboundMessage] {
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
                throw AdapterError.malformed("the body is not a JSON object")
            }
            root = object
        } catch let error as AdapterError {
            throw error
        } catch {
            throw AdapterError.malformed("malformed JSON")
        }
        guard root["object"] as? String == "page", let entries = root["entry"] as? [[String: Any]] else {
            throw AdapterError.malformed("not a Page event: object must be \"page\" with an entry list")
        }
        var messages: [InboundMessage] = []
        for entry in entries {
            for change in entry["changes"] as? [[String: Any]] ?? [] {
                if let message = feedMessage(change, raw: body) { messages.append(message) }
            }
            for event in entry["messaging"] as? [[String: Any]] ?? [] {
                if let message = messengerMessage(event, raw: body) { messages.append(message) }
            }
        }
        return messages
    }

    /// A new comment or visitor post on the page's feed; edits, removals, likes and the page's own writing give nothing.
    func feedMessage(_ change: [String: Any], raw: Data) -> InboundMessage? {
        guard change["field"] as? String == "feed", let value = change["value"] as? [String: Any],
            value["verb"] as? String == "add", let from = value["from"] as? [String: Any],
            let author = Self.string(from["id"]), author != pageID
        else { return nil }
        let item = value["item"] as? String
        let externalID: String
        let parent: String?
        switch item {
        case "comment":
            guard let comment = Self.string(value["comment_id"]) else { return nil }
            externalID = comment
            let parentID = Self.string(value["parent_id"])
            parent = parentID == Self.string(value["post_id"]) ? Self.string(value["post_id"]) : parentID
        case "post", "status", "photo":
            guard let post = Self.string(value["post_id"]) else { return nil }
            externalID = post
            parent = nil
        default:
            return nil
        }
        let photos = [value["photo"] as? String, (value["link"] as? String).flatMap { item == "photo" ? $0 : nil }]
            .compactMap { $0 }
        return InboundMessage(
            channel: .facebook, externalID: externalID, inReplyTo: parent,
            author: .init(handle: author, displayName: from["name"] as? String),
            text: value["message"] as? String ?? "", photos: Array(Set(photos)).sorted(), publicPost: true,
            sentAt: Self.date(value["created_time"]), rawPayload: raw, rawContentType: "application/json")
    }

    /// A Messenger message from a citizen; echoes, deliveries, reads and postbacks give nothing.
    func messengerMessage(_ event: [String: Any], raw: Data) -> InboundMessage? {
        guard let message = event["message"] as? [String: Any], message["is_echo"] as? Bool != true,
            let mid = message["mid"] as? String, let sender = Self.string((event["sender"] as? [String: Any])?["id"]),
            sender != pageID
        else { return nil }
        var location: GeoPoint?
        var photos: [String] = []
        for attachment in message["attachments"] as? [[String: Any]] ?? [] {
            let payload = attachment["payload"] as? [String: Any]
            switch attachment["type"] as? String {
            case "location":
                let coordinates = payload?["coordinates"] as? [String: Any]
                if let lat = Self.number(coordinates?["lat"]), let lon = Self.number(coordinates?["long"]) {
                    location = try? GeoPoint(latitude: lat, longitude: lon)
                }
            case "image":
                if let url = payload?["url"] as? String { photos.append(url) }
            default: break
            }
        }
        let sentAt = Self.number(event["timestamp"]).map { Date(timeIntervalSince1970: $0 / 1000) }
        return InboundMessage(
            channel: .facebook, externalID: mid, threadKey: "messenger:\(sender)",
            author: .init(handle: sender), text: message["text"] as? String ?? "", location: location,
            photos: photos, sentAt: sentAt, rawPayload: raw, rawContentType: "application/json")
    }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text.isEmpty ? nil : text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    static func number(_ value: Any?) -> Double? {
        switch value {
        case let number as NSNumber: number.doubleValue
        case let text as String: Double(text)
        default: nil
        }
    }

    /// Feed times come as epoch seconds or ISO 8601 (`2026-11-23T07:15:00+0000`).
    static func date(_ value: Any?) -> Date? {
        if let seconds = value as? NSNumber { return Date(timeIntervalSince1970: seconds.doubleValue) }
        guard let text = value as? String else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssZ"
        return formatter.date(from: text)
    }
}
