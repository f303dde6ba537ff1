import Foundation

/// What the channel wants to send: a plain-text reply. Ids are given
/// without angle brackets (one surrounding pair is tolerated).
public struct OutgoingEmail: Sendable, Equatable {
    public var from: EmailAddress
    public var to: [EmailAddress]
    public var subject: String
    /// Plain text; any line-break style is accepted and sent as CRLF.
    public var body: String
    public var date: Date
    /// Offset used in the Date header; Jakarta (+0700) by default.
    public var utcOffsetSeconds: Int
    public var messageID: String
    public var inReplyTo: String?
    /// Written as given, oldest first. Invalid ids are left out rather than
    /// failing the reply: they come from someone else's mail.
    public var references: [String]

    public init(
        from: EmailAddress,
        to: [EmailAddress],
        subject: String,
        body: String,
        date: Date,
        utcOffsetSeconds: Int = 7 * 3600,
        messageID: String,
        inReplyTo: String? = nil,
        references: [String] = []
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
        self.messageID = messageID
        self.inReplyTo = inReplyTo
        self.references = references
    }
}
