import Foundation
import MailKit

/// The fields the email channel acts on, pulled out of a parsed message:
/// threading ids (without angle brackets), decoded subject and sender, the
/// date, the chosen body text, the attachments and the loop verdict.
public struct ParsedEmail: Sendable, Equatable {
    public let messageID: String?
    /// The first id of In-Reply-To.
    public let inReplyTo: String?
    /// References ids, oldest first, as sent.
    public let references: [String]
    /// Decoded, with control characters (CR, LF) turned into spaces.
    public let subject: String?
    public let from: EmailAddress?
    public let sender: EmailAddress?
    public let replyTo: [EmailAddress]
    public let to: [EmailAddress]
    public let cc: [EmailAddress]
    public let date: Date?
    /// See `BodySelector`; "\n" line breaks, trimmed, empty when there is no text.
    public let textBody: String
    public let attachments: [EmailAttachment]
    public let loopGuard: LoopGuard

    /// True when the mail must not be answered automatically.
    public var isAutomated: Bool { loopGuard.mustNotReply }

    /// Where an answer should go: Reply-To when given, else From.
    public var replyAddresses: [EmailAddress] {
        if !replyTo.isEmpty { return replyTo }
        return from.map { [$0] } ?? []
    }

    public init(message: MIMEMessage) {
        let headers = message.headers
        messageID = headers["Message-ID"].flatMap { MessageIDList.parse($0).first }
        inReplyTo = headers["In-Reply-To"].flatMap { MessageIDList.parse($0).first }
        references = headers.values("References").flatMap(MessageIDList.parse)
        subject = headers["Subject"].map {
            EncodedWordDecoder.decode($0).replacingControlCharacters(with: " ").trimmingASCIIWhitespace()
        }
        from = headers["From"].flatMap(EmailAddress.parse)
        sender = headers["Sender"].flatMap(EmailAddress.parse)
        replyTo = headers.values("Reply-To").flatMap(EmailAddress.parseList)
        to = headers.values("To").flatMap(EmailAddress.parseList)
        cc = headers.values("Cc").flatMap(EmailAddress.parseList)
        date = headers["Date"].flatMap(RFC5322Date.parse)
        textBody = BodySelector.text(of: message.root)
        attachments = BodySelector.attachments(of: message.root)
        loopGuard = LoopGuard(message: message)
    }

    public init(bytes: [UInt8], limits: MIMELimits = .standard) throws(MIMEError) {
        self.init(message: try MIMEMessage(bytes: bytes, limits: limits))
    }

    public init(data: Data, limits: MIMELimits = .standard) throws(MIMEError) {
        self.init(message: try MIMEMessage(data: data, limits: limits))
    }
}
