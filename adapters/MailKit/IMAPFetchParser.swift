/// A parenthesised IMAP data item: what FETCH responses are made of.
indirect enum IMAPValue: Sendable, Equatable {
    case atom(String)
    /// A quoted string or a literal, as raw bytes.
    case string([UInt8])
    case null
    case list([IMAPValue])
}

/// Parses the `(...)` of `* n FETCH (...)` into the attributes the client uses.
///
/// Attributes it does not know (FLAGS sent along unasked, INTERNALDATE, MODSEQ, ...) are parsed and
/// skipped, so servers that add them do not break fetching.
enum IMAPFetchParser {
    static let maxDepth = 32

    static func parse(_ parts: [IMAPRawResponse.Part]) throws(IMAPError) -> IMAPFetchAttributes {
        var tokens = IMAPTokenizer(parts: parts)
        guard case .open = try tokens.next() else {
            throw .protocolError("FETCH data does not start with '('")
        }
        var attributes = IMAPFetchAttributes()
        while true {
            let token = try tokens.next()
            if case .close = token { break }
            guard case .atom(let rawKey) = token else {
                throw .protocolError("FETCH attribute name expected")
            }
            let key = rawKey.uppercased()
            let value = try parseValue(try tokens.next(), tokens: &tokens, depth: 0)
            switch (key, value) {
            case ("UID", .atom(let text)):
                attributes.uid = UInt32(text)
            case ("RFC822.SIZE", .atom(let text)):
                attributes.size = Int(text)
            case ("FLAGS", .list(let items)):
                attributes.flags = items.compactMap { item in
                    if case .atom(let flag) = item { return flag }
                    return nil
                }
            case (_, .string(let bytes)) where isWholeBody(key):
                attributes.body = bytes
            default:
                break
            }
        }
        return attributes
    }

    /// `BODY[]`, also with a partial-fetch origin (`BODY[]<0>`) or as `BINARY[]`.
    private static func isWholeBody(_ key: String) -> Bool {
        key == "BODY[]" || key.hasPrefix("BODY[]<") || key == "BINARY[]" || key == "RFC822"
    }

    static func parseValue(
        _ token: IMAPTokenizer.Token,
        tokens: inout IMAPTokenizer,
        depth: Int
    ) throws(IMAPError) -> IMAPValue {
        switch token {
        case .atom(let text):
            return text.uppercased() == "NIL" ? .null : .atom(text)
        case .string(let bytes):
            return .string(bytes)
        case .open:
            guard depth < maxDepth else { throw .protocolError("FETCH data nested too deeply") }
            var items: [IMAPValue] = []
            while true {
                let next = try tokens.next()
                if case .close = next { return .list(items) }
                items.append(try parseValue(next, tokens: &tokens, depth: depth + 1))
            }
        case .close:
            throw .protocolError("unexpected ')' in FETCH data")
        case .end:
            throw .protocolError("FETCH data ends early")
        }
    }
}

/// Splits FETCH data into atoms, strings and parentheses across the text parts and literals of a response.
struct IMAPTokenizer {
    enum Token: Equatable {
        case atom(String)
        case string([UInt8])
        case open
        case close
        case end
    }

    private let parts: [IMAPRawResponse.Part]
    private var partIndex = 0
    private var byteIndex = 0

    init(parts: [IMAPRawResponse.Part]) {
        self.parts = parts
    }

    mutating func next() throws(IMAPError) -> Token {
        while partIndex < parts.count {
            switch parts[partIndex] {
            case .literal(let bytes):
                partIndex += 1
                byteIndex = 0
                return .string(bytes)
            case .text(let bytes):
                while byteIndex < bytes.count, bytes[byteIndex] == UInt8(ascii: " ") { byteIndex += 1 }
                guard byteIndex < bytes.count else {
                    partIndex += 1
                    byteIndex = 0
                    continue
                }
                return try token(in: bytes)
            }
        }
        return .end
    }

    private mutating func token(in bytes: [UInt8]) throws(IMAPError) -> Token {
        switch bytes[byteIndex] {
        case UInt8(ascii: "("):
            byteIndex += 1
            return .open
        case UInt8(ascii: ")"):
            byteIndex += 1
            return .close
        case UInt8(ascii: "\""):
            return .string(try quoted(in: bytes))
        case UInt8(ascii: "{"), UInt8(ascii: "~"):
            // A literal marker ends its line; the literal is the next part.
            partIndex += 1
            byteIndex = 0
            guard partIndex < parts.count, case .literal = parts[partIndex] else {
                throw .protocolError("literal marker without literal")
            }
            return try next()
        default:
            return .atom(atom(in: bytes))
        }
    }

    private mutating func quoted(in bytes: [UInt8]) throws(IMAPError) -> [UInt8] {
        var result: [UInt8] = []
        byteIndex += 1
        while byteIndex < bytes.count {
            let byte = bytes[byteIndex]
            byteIndex += 1
            if byte == UInt8(ascii: "\"") { return result }
            if byte == UInt8(ascii: "\\"), byteIndex < bytes.count {
                result.append(bytes[byteIndex])
                byteIndex += 1
            } else {
                result.append(byte)
            }
        }
        throw .protocolError("unterminated quoted string")
    }

    /// An atom; a `[...]` section (which may hold spaces and parentheses) belongs to it, as in
    /// `BODY[HEADER.FIELDS (SUBJECT)]`.
    private mutating func atom(in bytes: [UInt8]) -> String {
        let start = byteIndex
        var bracketDepth = 0
        while byteIndex < bytes.count {
            let byte = bytes[byteIndex]
            if bracketDepth > 0 {
                if byte == UInt8(ascii: "[") { bracketDepth += 1 }
                if byte == UInt8(ascii: "]") { bracketDepth -= 1 }
            } else if byte == UInt8(ascii: "[") {
                bracketDepth = 1
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{")
            {
                break
            }
            byteIndex += 1
        }
        return String(decoding: bytes[start..<byteIndex], as: UTF8.self)
    }
}
