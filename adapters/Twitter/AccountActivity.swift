import Foundation

/// The Account Activity API's webhook envelope (v1.1 shapes), only the parts
/// the hub reads. Other event arrays (favourites, follows, typing) are ignored.
struct AccountActivityEnvelope: Decodable {
    let forUserID: String?
    let tweetCreateEvents: [Tweet]?
    let directMessageEvents: [DirectMessageEvent]?
    let users: [String: User]?

    enum CodingKeys: String, CodingKey {
        case forUserID = "for_user_id"
        case tweetCreateEvents = "tweet_create_events"
        case directMessageEvents = "direct_message_events"
        case users
    }
}

/// An id X sends as a string in some payloads and as a number in others.
struct FlexibleID: Decodable {
    let value: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            value = text
        } else {
            value = String(try container.decode(UInt64.self))
        }
    }
}

struct User: Decodable {
    let idStr: String?
    let numericID: FlexibleID?
    let screenName: String?
    let name: String?

    enum CodingKeys: String, CodingKey {
        case idStr = "id_str"
        case numericID = "id"
        case screenName = "screen_name"
        case name
    }

    var identifier: String? { idStr ?? numericID?.value }
}

struct Tweet: Decodable {
    struct Extended: Decodable {
        let fullText: String?
        let extendedEntities: Entities?

        enum CodingKeys: String, CodingKey {
            case fullText = "full_text"
            case extendedEntities = "extended_entities"
        }
    }

    struct Entities: Decodable {
        struct Media: Decodable {
            let type: String?
            let mediaURLHTTPS: String?

            enum CodingKeys: String, CodingKey {
                case type
                case mediaURLHTTPS = "media_url_https"
            }
        }
        let media: [Media]?
    }

    /// GeoJSON: `coordinates` is [longitude, latitude].
    struct Point: Decodable {
        let type: String?
        let coordinates: [Double]?
    }

    struct Place: Decodable {
        let fullName: String?

        enum CodingKeys: String, CodingKey {
            case fullName = "full_name"
        }
    }

    struct Retweet: Decodable {}

    let idStr: String
    let createdAt: String?
    let text: String?
    let truncated: Bool?
    let extendedTweet: Extended?
    let user: User?
    let inReplyToStatusIDStr: String?
    let coordinates: Point?
    let place: Place?
    let extendedEntities: Entities?
    let retweetedStatus: Retweet?

    enum CodingKeys: String, CodingKey {
        case idStr = "id_str"
        case createdAt = "created_at"
        case text, truncated, user, coordinates, place
        case extendedTweet = "extended_tweet"
        case inReplyToStatusIDStr = "in_reply_to_status_id_str"
        case extendedEntities = "extended_entities"
        case retweetedStatus = "retweeted_status"
    }
}

struct DirectMessageEvent: Decodable {
    struct MessageCreate: Decodable {
        struct MessageData: Decodable {
            struct Attachment: Decodable {
                let media: Tweet.Entities.Media?
            }
            let text: String?
            let attachment: Attachment?
        }
        let senderID: String?
        let messageData: MessageData?

        enum CodingKeys: String, CodingKey {
            case senderID = "sender_id"
            case messageData = "message_data"
        }
    }

    let type: String?
    let id: String
    let createdTimestamp: String?
    let messageCreate: MessageCreate?

    enum CodingKeys: String, CodingKey {
        case type, id
        case createdTimestamp = "created_timestamp"
        case messageCreate = "message_create"
    }
}
