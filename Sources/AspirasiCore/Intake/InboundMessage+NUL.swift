extension InboundMessage {
    /// The message with U+0000 removed from every text, which PostgreSQL could not store. The raw
    /// payload stays as it came: it is stored as bytes.
    public func withoutNULs() -> InboundMessage {
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
        return message
    }
}
