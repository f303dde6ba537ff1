/// Builds the bytes of an outgoing plain-text reply (CRLF line ends, ready
/// for SMTP DATA before dot-stuffing). Every reply carries
/// `Auto-Submitted: auto-replied` (RFC 3834) so that well-behaved
/// responders do not answer it, and the caller's Message-ID, In-Reply-To and
/// References so replies thread. Header injection is impossible by
/// construction: free text is stripped of control characters and encoded,
/// and addresses and ids are validated before use.
public enum EmailComposer {
    private static let addressSpecials = Set("<>()[],;:\\\"")

    public static func compose(_ email: OutgoingEmail) throws(EmailComposeError) -> [UInt8] {
        guard !email.to.isEmpty else { throw .noRecipients }
        var lines: [String] = []
        lines.append(HeaderEncoder.fold(name: "From", tokens: try mailboxTokens([email.from], headerName: "From")))
        lines.append(HeaderEncoder.fold(name: "To", tokens: try mailboxTokens(email.to, headerName: "To")))
        lines.append(
            HeaderEncoder.fold(
                name: "Subject", tokens: HeaderEncoder.textTokens(email.subject, headerName: "Subject")))
        lines.append("Date: " + RFC5322Date.format(email.date, utcOffsetSeconds: email.utcOffsetSeconds))
        lines.append("Message-ID: <\(try validMessageID(email.messageID))>")
        if let inReplyTo = email.inReplyTo {
            lines.append("In-Reply-To: <\(try validMessageID(inReplyTo))>")
        }
        let references = email.references.compactMap { try? validMessageID($0) }
        if !references.isEmpty {
            lines.append(HeaderEncoder.fold(name: "References", tokens: references.map { "<\($0)>" }))
        }
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: quoted-printable")
        lines.append("Auto-Submitted: auto-replied")
        let head = lines.joined(separator: "\r\n") + "\r\n\r\n"
        let body = QuotedPrintable.encode(trimTrailingLineBreaks(email.body)) + "\r\n"
        return Array((head + body).utf8)
    }

    /// Tokens for an address list: display-name tokens then "<address>",
    /// with a comma after every mailbox but the last.
    private static func mailboxTokens(_ mailboxes: [EmailAddress], headerName: String) throws(EmailComposeError)
        -> [String]
    {
        var tokens: [String] = []
        for (offset, mailbox) in mailboxes.enumerated() {
            let address = try validAddress(mailbox.address)
            let used = offset == 0 ? headerName.count + 2 : 1
            let phrase = HeaderEncoder.phraseTokens(mailbox.displayName ?? "", firstLineUsed: used)
            var mailboxTokens = phrase + [phrase.isEmpty ? address : "<\(address)>"]
            if offset < mailboxes.count - 1 {
                mailboxTokens[mailboxTokens.count - 1] += ","
            }
            tokens += mailboxTokens
        }
        return tokens
    }

    /// A plain ASCII `local@domain` with no whitespace, controls or specials.
    static func validAddress(_ address: String) throws(EmailComposeError) -> String {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        let isPlain =
            address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
            && !address.contains(where: { addressSpecials.contains($0) })
        guard isPlain, parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, address.utf8.count <= 254 else {
            throw .invalidAddress(address)
        }
        return address
    }

    /// The id without one optional pair of angle brackets, if it is valid.
    public static func validMessageID(_ id: String) throws(EmailComposeError) -> String {
        var value = Substring(id)
        if value.hasPrefix("<") && value.hasSuffix(">") && value.count >= 2 {
            value = value.dropFirst().dropLast()
        }
        let valid =
            !value.isEmpty && value.utf8.count <= 250
            && value.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "<" && $0 != ">" }
        guard valid else { throw .invalidMessageID(id) }
        return String(value)
    }

    /// One final CRLF is added by `compose`; drop the caller's own so the
    /// body does not end with an empty line.
    private static func trimTrailingLineBreaks(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == "\n" || last == "\r" {
            scalars = scalars.dropLast()
        }
        return String(scalars)
    }
}
