/// One server response as read from the wire: text lines and the literals between them.
///
/// A response such as `* 1 FETCH (UID 5 BODY[] {12}` CRLF `<12 bytes>` `)` CRLF is two text parts with a
/// literal in between. Literals are kept as opaque bytes so message bodies are never decoded.
struct IMAPRawResponse: Sendable {
    enum Part: Sendable {
        case text([UInt8])
        case literal([UInt8])
    }

    var parts: [Part]
}

/// A response after classification; only what this client acts on is broken down further.
enum IMAPResponse: Sendable {
    /// `tag OK|NO|BAD [code] text`
    case tagged(tag: String, status: IMAPStatusWord, code: IMAPResponseCode?, text: String)
    /// `* OK|NO|BAD|BYE|PREAUTH [code] text`
    case status(IMAPStatusWord, code: IMAPResponseCode?, text: String)
    /// `+ text`: the server waits for a literal or for DONE.
    case continuation(String)
    case exists(UInt32)
    case expunge(UInt32)
    case recent(UInt32)
    case capability([String])
    case search([UInt32])
    case fetch(sequence: UInt32, IMAPFetchAttributes)
    /// Anything else (FLAGS, LIST, ...): the keyword, kept for diagnostics.
    case other(String)
}

enum IMAPStatusWord: String, Sendable {
    case ok = "OK"
    case no = "NO"
    case bad = "BAD"
    case bye = "BYE"
    case preauth = "PREAUTH"
}

/// A bracketed response code such as `[UIDVALIDITY 3857529045]`: its name in upper case and the rest.
struct IMAPResponseCode: Sendable, Equatable {
    var name: String
    var arguments: String

    /// The arguments as whitespace-separated words (`APPENDUID 38505 3955` gives ["38505", "3955"]).
    var words: [Substring] { arguments.split(separator: " ") }
}

/// The attributes of one FETCH response that the client uses.
struct IMAPFetchAttributes: Sendable {
    var uid: UInt32?
    var size: Int?
    var flags: [String]?
    /// `BODY[]`: nil when absent or NIL.
    var body: [UInt8]?
}

extension IMAPResponse {
    /// Classifies a raw response. Status texts are free-form and are not tokenised, so an odd
    /// human-readable text can never break parsing.
    static func parse(_ raw: IMAPRawResponse) throws(IMAPError) -> IMAPResponse {
        guard case .text(let firstLine)? = raw.parts.first else {
            throw .protocolError("response does not start with a line")
        }
        var cursor = IMAPLineCursor(firstLine)
        let first = cursor.word()
        if first == "+" {
            return .continuation(cursor.rest())
        }
        if first != "*" {
            guard !first.isEmpty, let word = IMAPStatusWord(rawValue: cursor.word().uppercased()) else {
                throw .protocolError("unparsable response: \(IMAPLineCursor.preview(firstLine))")
            }
            let (code, text) = parseResponseText(cursor.rest())
            return .tagged(tag: first, status: word, code: code, text: text)
        }
        let second = cursor.word()
        if let word = IMAPStatusWord(rawValue: second.uppercased()) {
            let (code, text) = parseResponseText(cursor.rest())
            return .status(word, code: code, text: text)
        }
        if let number = UInt32(second) {
            let keyword = cursor.word().uppercased()
            switch keyword {
            case "EXISTS": return .exists(number)
            case "EXPUNGE": return .expunge(number)
            case "RECENT": return .recent(number)
            case "FETCH":
                var parts = raw.parts
                parts[0] = .text(cursor.remainingBytes)
                return .fetch(sequence: number, try IMAPFetchParser.parse(parts))
            default: return .other(keyword)
            }
        }
        switch second.uppercased() {
        case "CAPABILITY":
            return .capability(cursor.rest().split(separator: " ").map { $0.uppercased() })
        case "SEARCH":
            return .search(cursor.rest().split(separator: " ").compactMap { UInt32($0) })
        default:
            return .other(second.uppercased())
        }
    }

    /// Splits `[CODE args] text` into its code and text.
    static func parseResponseText(_ text: String) -> (IMAPResponseCode?, String) {
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return (nil, text) }
        let inside = text[text.index(after: text.startIndex)..<close]
        let name = inside.prefix { $0 != " " }
        let arguments = inside.dropFirst(name.count).drop { $0 == " " }
        let rest = text[text.index(after: close)...].drop { $0 == " " }
        return (IMAPResponseCode(name: name.uppercased(), arguments: String(arguments)), String(rest))
    }
}

/// Walks the space-separated words at the start of a response line.
struct IMAPLineCursor {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next word (up to a space), consuming the single space after it.
    mutating func word() -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: " ") { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        if index < bytes.count { index += 1 }
        return word
    }

    /// Everything not consumed yet, as text.
    func rest() -> String {
        String(decoding: bytes[index...], as: UTF8.self)
    }

    var remainingBytes: [UInt8] { Array(bytes[index...]) }

    /// A short printable excerpt for error messages (never a whole line from a hostile server).
    static func preview(_ bytes: [UInt8]) -> String {
        let printable = bytes.prefix(80).map { $0 >= 0x20 && $0 < 0x7F ? $0 : UInt8(ascii: "?") }
        return String(decoding: printable, as: UTF8.self)
    }
}
