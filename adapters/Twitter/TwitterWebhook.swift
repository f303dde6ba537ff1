import ChannelKit
import Foundation

/// X's Account Activity webhook: the CRC answer, the signature check on the
/// raw body, and the events turned into `InboundMessage`s.
///
/// Identity: a citizen is their numeric user id on both tweets and DMs (screen
/// names change); replies go to a tweet (thread key = its id) or to a DM
/// conversation (thread key `dm:<user id>`).
public struct TwitterWebhook: Sendable {
    public static let signatureHeader = "x-twitter-webhooks-signature"

    /// The app's consumer secret: the HMAC key for the CRC and for event signatures.
    let consumerSecret: String
    /// Our own account's user id: its tweets and DMs are echoes of our replies.
    let ourUserID: String

    public init(consumerSecret: String, ourUserID: String) {
        self.consumerSecret = consumerSecret
        self.ourUserID = ourUserID
    }

    /// Whether `token` looks like X's CRC tokens. The CRC answer is an HMAC with
    /// the same key and format as event signatures, so answering any text
    /// would sign forged event bodies for whoever asks: only short tokens of
    /// letters, digits, `-`, `_`, `=`, `+` and `/` (never a JSON object) are answered.
    public static func isPlausibleCRCToken(_ token: String) -> Bool {
        (1...128).contains(token.utf8.count)
            && token.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || [UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "/")]
                        .contains(byte)
            }
    }

    /// The JSON body answering `GET ?crc_token=T`; call only for a plausible token.
    public func crcResponse(token: String) -> String {
        let signature = WebhookSignature.sign(Data(token.utf8), secret: Data(consumerSecret.utf8), encoding: .base64)
        return #"{"response_token":"sha256=\#(signature)"}"#
    }

    /// The `x-twitter-webhooks-signature` header against the raw body, in constant time.
    public func isAuthentic(signature: String?, body: some DataProtocol) -> Bool {
        guard let signature else { return false }
        return WebhookSignature.isValid(
            signature, prefix: "sha256=", payload: body, secret: Data(consumerSecret.utf8), encoding: .base64)
    }

    /// The messages in one delivery: new tweets mentioning or replying to us and
    /// DMs to us. Retweets, our own echoes and other event types give nothing.
    public func decode(_ body: Data) throws(AdapterError) -> [InboundMessage] {
        let envelope: AccountActivityEnvelope
        do {
            envelope = try JSONDecoder().decode(AccountActivityEnvelope.self, from: body)
        } catch {
            throw AdapterError.malformed("not an Account Activity event: \(AdapterError.describe(error))")
        }
        // An app subscribed for several accounts gets each one's events: only ours are ours.
        if let forUser = envelope.forUserID, forUser != ourUserID { return [] }
        let users = envelope.users ?? [:]
        var messages: [InboundMessage] = []
        for tweet in envelope.tweetCreateEvents ?? [] {
            if let message = Self.message(tweet, ourUserID: ourUserID, raw: body) { messages.append(message) }
        }
        for event in envelope.directMessageEvents ?? [] {
            if let message = Self.message(event, users: users, ourUserID: ourUserID, raw: body) {
                messages.append(message)
            }
        }
        return messages
    }

    static func message(_ tweet: Tweet, ourUserID: String, raw: Data) -> InboundMessage? {
        guard tweet.retweetedStatus == nil, let user = tweet.user, let author = user.identifier, author != ourUserID
        else { return nil }
        let text = (tweet.truncated == true ? tweet.extendedTweet?.fullText : nil) ?? tweet.text ?? ""
        let media = (tweet.extendedTweet?.extendedEntities ?? tweet.extendedEntities)?.media ?? []
        var location: GeoPoint?
        if let pair = tweet.coordinates?.coordinates, pair.count == 2 {
            location = try? GeoPoint(latitude: pair[1], longitude: pair[0])
        }
        return InboundMessage(
            channel: .twitter, externalID: tweet.idStr, threadKey: tweet.idStr, inReplyTo: tweet.inReplyToStatusIDStr,
            author: .init(handle: author, displayName: user.screenName.map { "@\($0)" } ?? user.name),
            text: text, location: location, addressText: tweet.place?.fullName,
            photos: media.filter { $0.type == nil || $0.type == "photo" }.compactMap(\.mediaURLHTTPS),
            publicPost: true, sentAt: tweet.createdAt.flatMap(Self.date), rawPayload: raw,
            rawContentType: "application/json")
    }

    static func message(_ event: DirectMessageEvent, users: [String: User], ourUserID: String, raw: Data)
        -> InboundMessage?
    {
        guard event.type == nil || event.type == "message_create", let create = event.messageCreate,
            let sender = create.senderID, sender != ourUserID
        else { return nil }
        let user = users[sender]
        let sentAt = event.createdTimestamp.flatMap(Double.init).map { Date(timeIntervalSince1970: $0 / 1000) }
        return InboundMessage(
            channel: .twitter, externalID: "dm:\(event.id)", threadKey: "dm:\(sender)",
            author: .init(handle: sender, displayName: user?.screenName.map { "@\($0)" } ?? user?.name),
            text: create.messageData?.text ?? "",
            photos: [create.messageData?.attachment?.media?.mediaURLHTTPS].compactMap { $0 },
            sentAt: sentAt, rawPayload: raw, rawContentType: "application/json")
    }

    /// `Wed Oct 10 20:19:24 +0000 2018`.
    static func date(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE MMM dd HH:mm:ss Z yyyy"
        return formatter.date(from: text)
    }
}
