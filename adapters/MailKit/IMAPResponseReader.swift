import NIOCore

/// Reads whole IMAP responses (lines plus the literals they announce) with size limits.
///
/// Literals are how servers send message bodies: `{N}` at the end of a line, then exactly N bytes of
/// anything (CR, LF, `)`, NUL), then the line continues. Only the byte count matters, never the content.
struct IMAPResponseReader: Sendable {
    let connection: MailConnection
    let maxLineLength: Int
    let maxLiteralSize: Int
    /// Bound for one response in total, so many small literals cannot add up without limit either.
    let maxResponseSize: Int
    let readTimeout: Duration

    /// Signals that nothing arrived before an IDLE deadline; no byte of a response was consumed.
    struct QuietUntilDeadline: Error {}

    /// Reads one response. `firstLineDeadline` bounds the wait for it to begin (the greeting and IDLE
    /// pass their own); once it has begun, the rest must follow within the normal read timeout.
    /// With `quietIsNormal`, passing the first-line deadline throws `QuietUntilDeadline` instead.
    func read(firstLineDeadline: NIODeadline? = nil, quietIsNormal: Bool = false) async throws -> IMAPRawResponse {
        var parts: [IMAPRawResponse.Part] = []
        var total = 0
        var deadline = firstLineDeadline ?? lineDeadline()
        while true {
            let line: [UInt8]
            do {
                line = try await connection.readLine(maxLength: maxLineLength, deadline: deadline)
            } catch MailConnectionError.timeout where parts.isEmpty && quietIsNormal {
                throw QuietUntilDeadline()
            }
            deadline = lineDeadline()
            total += line.count
            parts.append(.text(line))
            guard let size = try Self.literalSize(endingLine: line) else {
                return IMAPRawResponse(parts: parts)
            }
            guard size <= maxLiteralSize, total + size <= maxResponseSize, parts.count < 100_000 else {
                throw IMAPError.responseTooLarge(limit: min(maxLiteralSize, maxResponseSize))
            }
            let literal = try await connection.readBytes(size, inactivityTimeout: readTimeout)
            total += literal.count
            parts.append(.literal(literal))
        }
    }

    private func lineDeadline() -> NIODeadline {
        NIODeadline.now() + readTimeout.timeAmount
    }

    /// The N of a trailing `{N}` (or `{N+}`, `~{N}`), or nil when the line does not announce a literal.
    static func literalSize(endingLine line: [UInt8]) throws(IMAPError) -> Int? {
        guard line.last == UInt8(ascii: "}") else { return nil }
        guard let open = line.lastIndex(of: UInt8(ascii: "{")) else { return nil }
        var digits = line[(open + 1)..<(line.count - 1)]
        if digits.last == UInt8(ascii: "+") || digits.last == UInt8(ascii: "-") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return nil
        }
        guard digits.count <= 12, let size = Int(String(decoding: digits, as: UTF8.self)) else {
            throw .responseTooLarge(limit: Int(UInt32.max))
        }
        return size
    }
}
