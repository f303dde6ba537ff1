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

    public var channel: Channel
    /// The channel's own id for this message; a repeat of it creates nothing.
    public var externalID: String
    /// Where a reply to this message goes on the channel (a DM conversation, a
    /// partner's thread); nil: in answer to the message itself (its external id).
    public var threadKey: String?
    /// The channel's id of the message this one answers, e.g. our reply tweet.
    public var inReplyTo: String?
    public var author: Author
    public var title: String?
    public var text: String
    public var location: GeoPoint?
    public var addressText: String?
    /// Photo URLs as the channel gave them.
    public var photos: [String]
    /// A category code the channel chose (an Open311 service_code, an app's picker).
    public var category: String?
    /// An explicit request to reopen, from a channel that has such a button.
    public var requestsReopen: Bool
    /// When the citizen sent it, by the provider's clock.
    public var sentAt: Date?
    public var rawPayload: Data?
    public var rawContentType: String?

    public init(
        channel: Channel, externalID: String, threadKey: String? = nil, inReplyTo: String? = nil, author: Author,
        title: String? = nil, text: String, location: GeoPoint? = nil, addressText: String? = nil,
        photos: [String] = [], category: String? = nil, requestsReopen: Bool = false, sentAt: Date? = nil,
        rawPayload: Data? = nil, rawContentType: String? = nil
    ) {
        self.channel = channel
        self.externalID = externalID
        self.threadKey = threadKey
        self.inReplyTo = inReplyTo
        self.author = author
        self.title = title
        self.text = text
        self.location = location
        self.addressText = addressText
        self.photos = photos
        self.category = category
        self.requestsReopen = requestsReopen
        self.sentAt = sentAt
        self.rawPayload = rawPayload
        self.rawContentType = rawContentType
    }
}
