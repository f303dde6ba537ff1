/// Decodes RFC 2047 encoded words ("=?charset?B|Q?text?=") in header text.
/// Whitespace between two adjacent encoded words is dropped (section 6.2),
/// and adjacent words in the same charset are joined before charset decoding
/// so a UTF-8 sequence split across two words (a common encoder bug) still
/// decodes. Anything malformed is left exactly as written.
public enum EncodedWordDecoder {
    private enum Segment {
        case literal([UInt8])
        case encoded(Charset, [UInt8])

        var isEncoded: Bool {
            if case .encoded = self { return true }
            return false
        }
    }

    private static let maxCharsetLength = 64
    private static let equals = UInt8(ascii: "=")
    private static let question = UInt8(ascii: "?")

    /// The header text with every well-formed encoded word decoded.
    public static func decode(_ value: String) -> String {
        let bytes = Array(value.utf8)
        guard bytes.count > 1, value.contains("=?") else { return value }
        var segments: [Segment] = []
        var literal: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == equals, index + 1 < bytes.count, bytes[index + 1] == question,
                let (charset, decoded, end) = parseWord(bytes, start: index)
            {
                if !literal.isEmpty {
                    segments.append(.literal(literal))
                    literal = []
                }
                segments.append(.encoded(charset, decoded))
                index = end
            } else {
                literal.append(bytes[index])
                index += 1
            }
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return assemble(segments)
    }

    private static func assemble(_ segments: [Segment]) -> String {
        var result = ""
        var pendingCharset: Charset?
        var pendingBytes: [UInt8] = []
        func flush() {
            if let charset = pendingCharset { result += charset.decode(pendingBytes) }
            pendingCharset = nil
            pendingBytes.removeAll(keepingCapacity: true)
        }
        for (offset, segment) in segments.enumerated() {
            switch segment {
            case .literal(let bytes):
                let betweenWords =
                    offset > 0 && offset + 1 < segments.count
                    && segments[offset - 1].isEncoded && segments[offset + 1].isEncoded
                if betweenWords && bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) {
                    continue
                }
                flush()
                result += String(decoding: bytes, as: UTF8.self)
            case .encoded(let charset, let bytes):
                // Appending in place keeps a long run of words linear.
                if pendingCharset != charset {
                    flush()
                    pendingCharset = charset
                }
                pendingBytes += bytes
            }
        }
        flush()
        return result
    }

    /// Parses one encoded word starting at `start` ("=?"); returns its charset,
    /// decoded bytes and the index just past "?=", or nil when malformed.
    private static func parseWord(_ bytes: [UInt8], start: Int) -> (Charset, [UInt8], Int)? {
        var index = start + 2
        let charsetStart = index
        while index < bytes.count, bytes[index] != question {
            guard isWordByte(bytes[index]), index - charsetStart < maxCharsetLength else { return nil }
            index += 1
        }
        guard index > charsetStart, index + 2 < bytes.count, bytes[index + 2] == question else { return nil }
        let charsetLabel = String(decoding: bytes[charsetStart..<index], as: UTF8.self)
        let encoding = bytes[index + 1]
        index += 3
        let textStart = index
        while index < bytes.count, bytes[index] != question {
            guard isWordByte(bytes[index]) else { return nil }
            index += 1
        }
        guard index + 1 < bytes.count, bytes[index + 1] == equals else { return nil }
        let text = bytes[textStart..<index]
        let decoded: [UInt8]
        switch encoding {
        case UInt8(ascii: "B"), UInt8(ascii: "b"):
            guard let value = LenientBase64.decodeStrict(text) else { return nil }
            decoded = value
        case UInt8(ascii: "Q"), UInt8(ascii: "q"):
            decoded = decodeQ(text)
        default:
            return nil
        }
        return (Charset(label: charsetLabel), decoded, index + 2)
    }

    /// Printable ASCII other than space: what charset names and encoded
    /// text may contain.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// The "Q" encoding: like quoted-printable, but "_" stands for a space.
    static func decodeQ(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "_") {
                output.append(0x20)
                index += 1
            } else if byte == equals, index + 2 < text.endIndex,
                let high = QuotedPrintable.hexValue(text[index + 1]),
                let low = QuotedPrintable.hexValue(text[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }
}
