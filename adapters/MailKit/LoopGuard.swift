/// Decides whether a mail must not get an automatic answer, and says why.
/// Answering machines (vacation replies, bounces, list traffic) is how mail
/// loops and backscatter start (RFC 3834), so any single signal is enough.
/// Beyond the CHANNELS.md list, `Precedence: auto_reply` (used by several
/// autoresponders) also counts, and Return-Path is checked for
/// MAILER-DAEMON like From and Sender.
public struct LoopGuard: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// `Auto-Submitted` with a value other than "no" (value lowercased).
        case autoSubmitted(String)
        /// `Precedence: bulk | junk | list | auto_reply` (value lowercased).
        case precedence(String)
        case listID
        case listUnsubscribe
        /// `Return-Path: <>`: a bounce or other notification.
        case nullReturnPath
        /// From, Sender or Return-Path is MAILER-DAEMON or postmaster (the address).
        case systemSender(String)
        /// Top-level `multipart/report` (delivery or read reports).
        case multipartReport
        /// `X-Auto-Response-Suppress` present (Exchange's "do not answer me").
        case autoResponseSuppress
    }

    private static let bulkPrecedences: Set<String> = ["bulk", "junk", "list", "auto_reply"]
    private static let systemLocalParts: Set<String> = ["mailer-daemon", "postmaster"]

    /// Every reason found, in a fixed order; empty when a reply is allowed.
    public let reasons: [Reason]

    public var mustNotReply: Bool { !reasons.isEmpty }

    /// Uses the declared Content-Type, not the parsed one: a report whose
    /// boundary is broken is read as text but is still a report.
    public init(message: MIMEMessage) {
        self.init(headers: message.headers, contentType: ContentType(headerValue: message.headers["Content-Type"]))
    }

    public init(headers: MIMEHeaders, contentType: ContentType) {
        var reasons: [Reason] = []
        for value in headers.values("Auto-Submitted") {
            let token = Self.firstToken(value)
            if token != "no" { reasons.append(.autoSubmitted(token)) }
        }
        for value in headers.values("Precedence") {
            let token = Self.firstToken(value)
            if Self.bulkPrecedences.contains(token) { reasons.append(.precedence(token)) }
        }
        if headers.contains("List-Id") { reasons.append(.listID) }
        if headers.contains("List-Unsubscribe") { reasons.append(.listUnsubscribe) }
        let returnPaths = headers.values("Return-Path")
        if returnPaths.contains(where: Self.isNullPath) { reasons.append(.nullReturnPath) }
        for name in ["From", "Sender", "Return-Path"] {
            for value in headers.values(name) {
                for mailbox in EmailAddress.parseList(value)
                where Self.systemLocalParts.contains(mailbox.localPart.lowercased()) {
                    reasons.append(.systemSender(mailbox.address))
                }
            }
        }
        if contentType.mimeType == "multipart/report" { reasons.append(.multipartReport) }
        if headers.contains("X-Auto-Response-Suppress") { reasons.append(.autoResponseSuppress) }
        self.reasons = reasons
    }

    /// The lowercased leading token of a value like "auto-replied; owner=x" or "no (comment)".
    private static func firstToken(_ value: String) -> String {
        let trimmed = value.trimmingASCIIWhitespace().lowercased()
        let end = trimmed.firstIndex { $0 == ";" || $0 == "(" || $0 == " " || $0 == "\t" } ?? trimmed.endIndex
        return String(trimmed[..<end])
    }

    /// "<>", "< >" or an empty value: the null reverse-path.
    private static func isNullPath(_ value: String) -> Bool {
        var bytes = Array(value.utf8)
        var withoutComments: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "(") {
                HeaderParameterParser.skipComment(bytes, &index)
            } else {
                if bytes[index] > 0x20 { withoutComments.append(bytes[index]) }
                index += 1
            }
        }
        bytes = withoutComments
        return bytes.isEmpty || bytes == Array("<>".utf8)
    }
}
