import Foundation

extension InboundMessage {
    /// Provider times outside years 1900 to 9999 are a broken clock, not news: PostgreSQL's timestamps
    /// end long before some of them (and PostgresNIO traps on encoding the furthest).
    public static let plausibleTimes =
        Date(
            timeIntervalSince1970: -2_208_988_800)...Date(
            timeIntervalSince1970: 253_402_300_799)

    /// The message as PostgreSQL can store it: U+0000 removed from every text (see `containsNUL`) and an
    /// implausible provider time dropped. The raw payload stays as it came: it is stored as bytes.
    public func storable() -> InboundMessage {
        var message = self
        message.externalID = externalID.withoutNULs
        message.threadKey = threadKey?.withoutNULs
        message.inReplyTo = inReplyTo?.withoutNULs
        message.references = references.map(\.withoutNULs)
        message.author = Author(handle: author.handle.withoutNULs, displayName: author.displayName?.withoutNULs)
        message.title = title?.withoutNULs
        message.text = text.withoutNULs
        message.addressText = addressText?.withoutNULs
        message.photos = photos.map(\.withoutNULs)
        message.category = category?.withoutNULs
        message.rawContentType = rawContentType?.withoutNULs
        message.sentAt = sentAt.flatMap { Self.plausibleTimes.contains($0) ? $0 : nil }
        return message
    }
}
