/// A failed SMTP operation, classified for the retry decision.
///
/// `kind` is what the caller acts on: `.transient` means try again later (4xx replies, network trouble,
/// timeouts before the message was complete), `.permanent` means do not retry as is (5xx replies, invalid
/// addresses), `.unknownOutcome` means the complete message was sent but no final reply arrived, so the
/// server may have accepted it: retrying risks a duplicate, not retrying risks a loss.
public struct SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        case transient
        case permanent
        case unknownOutcome
    }

    /// Where in the dialogue it failed.
    public enum Stage: String, Sendable, Equatable {
        case connect
        case greeting
        case hello
        case startTLS
        case authentication
        case mailFrom
        case recipient
        case data
        /// Sending the message and waiting for the reply to the final ".".
        case message
        case quit
    }

    public var kind: Kind
    public var stage: Stage
    /// The server's reply code, when a reply caused the failure.
    public var replyCode: Int?
    /// The server's reply text, or a description of what went wrong locally.
    public var message: String
    /// Every recipient the server refused (only for `.recipient`).
    public var recipientFailures: [SMTPRecipientFailure]

    public init(
        kind: Kind,
        stage: Stage,
        replyCode: Int? = nil,
        message: String,
        recipientFailures: [SMTPRecipientFailure] = []
    ) {
        self.kind = kind
        self.stage = stage
        self.replyCode = replyCode
        self.message = message
        self.recipientFailures = recipientFailures
    }

    /// The error for a negative reply: 4xx is transient, 5xx permanent (RFC 5321 4.2.1). Anything
    /// else unexpected is treated as transient, since a server in a confused state may recover.
    static func reply(_ reply: SMTPReply, stage: Stage) -> SMTPError {
        let kind: Kind = reply.code >= 500 && reply.code < 600 ? .permanent : .transient
        return SMTPError(kind: kind, stage: stage, replyCode: reply.code, message: reply.text)
    }

    public var description: String {
        var text = "SMTP \(kind.rawValue) failure at \(stage.rawValue)"
        if let replyCode { text += ": \(replyCode)" }
        if !message.isEmpty { text += " \(message)" }
        for failure in recipientFailures {
            text += "; <\(failure.address)> \(failure.replyCode) \(failure.message)"
        }
        return text
    }
}

/// One recipient the server refused at RCPT TO.
public struct SMTPRecipientFailure: Sendable, Equatable {
    public var address: String
    public var replyCode: Int
    public var message: String
    /// Whether retrying this recipient later can help (a 4xx reply).
    public var isTransient: Bool { replyCode >= 400 && replyCode < 500 }

    public init(address: String, replyCode: Int, message: String) {
        self.address = address
        self.replyCode = replyCode
        self.message = message
    }
}

/// A server reply: the code and its text lines (several for `250-...` continuation lines).
public struct SMTPReply: Sendable, Equatable {
    public var code: Int
    public var lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// All lines joined with a space; after DATA this usually carries the queue id.
    public var text: String { lines.joined(separator: " ") }
    public var isPositive: Bool { code >= 200 && code < 400 }
}
