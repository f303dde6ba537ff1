import Foundation

/// One message from any channel, as its adapter decoded it: the one shape the
/// intake understands. ChannelKit re-exports it for adapters; it lives in Core
/// so that the store, which must not know about adapters, can take it too.
public struct InboundMessage: Sendable, Codable, Equatable {
    public struct Author: Sendable, Codable, Equatable {
        /// The address on the channel: phone number, e-mail address, account id.
        public var handle: String
        public var displayName: String?

        public init(handle: String, displayName: String? = nil) {
            self.handle = handle
            self.displayName = displayName
        }
    }

    /// A photo that came inside the message (an e-mail attachment) rather than as a URL.
    public struct Attachment: Sendable, Codable, Equatable {
        public var type: ImageType
        public var bytes: Data

        public init(type: ImageType, bytes: Data) {
            self.type = type
            self.bytes = bytes
        }
    }

    public var channel: Channel
    /// The channel's own id for this message; a repeat of it creates nothing.
    public var externalID: String
    /// Where a reply to this message goes on the channel (a DM conversation, a
    /// partner's thread); nil: in answer to the message itself (its external id).
    public var threadKey: String?
    /// The channel's id of the message this one answers, e.g. our reply tweet.
    public var inReplyTo: String?
    /// Earlier messages of the conversation, nearest first (an e-mail's References,
    /// reversed), tried after `inReplyTo` when looking for the report a reply belongs to.
    public var references: [String]
    public var author: Author
    public var title: String?
    public var text: String
    public var location: GeoPoint?
    public var addressText: String?
    /// Photo URLs as the channel gave them.
    public var photos: [String]
    /// Photos carried in the message itself, already checked to be images.
    public var attachments: [Attachment]
    /// A category code the channel chose (an Open311 service_code, an app's picker).
    public var category: String?
    /// An explicit request to reopen, from a channel that has such a button.
    public var requestsReopen: Bool
    /// The citizen asked that the report not be published (LAPOR!'s `rahasia`): officers see it,
    /// public outputs (Open311) do not.
    public var confidential: Bool
    /// The citizen posted it where anyone can read it (the citizen app, a public X post, a Facebook
    /// page post or comment, the forum), so its text may be published, masked. False for anything
    /// private (DMs, Messenger, SMS, e-mail, LAPOR!, the partner API) and whatever is not known.
    public var publicPost: Bool
    /// When the citizen sent it, by the provider's clock.
    public var sentAt: Date?
    public var rawPayload: Data?
    public var rawContentType: String?
    /// The id of the HTTP request that brought it (`X-Request-Id`), kept on its rows so one citizen
    /// message can be followed from the webhook to the last reply; nil for polled messages.
    public var requestID: String?

    public init(
        channel: Channel, externalID: String, threadKey: String? = nil, inReplyTo: String? = nil,
        references: [String] = [],
        author: Author,
        title: String? = nil, text: String, location: GeoPoint? = nil, addressText: String? = nil,
        photos: [String] = [], attachments: [Attachment] = [], category: String? = nil, requestsReopen: Bool = false,
        confidential: Bool = false, publicPost: Bool = false, sentAt: Date? = nil,
        rawPayload: Data? = nil, rawContentType: String? = nil
    ) {
        self.channel = channel
        self.externalID = externalID
        self.threadKey = threadKey
        self.inReplyTo = inReplyTo
        self.references = references
        self.author = author
        self.title = title
        self.text = text
        self.location = location
        self.addressText = addressText
        self.photos = photos
        self.attachments = attachments
        self.category = category
        self.requestsReopen = requestsReopen
        self.confidential = confidential
        self.publicPost = publicPost
        self.sentAt = sentAt
        self.rawPayload = rawPayload
        self.rawContentType = rawContentType
    }
}
