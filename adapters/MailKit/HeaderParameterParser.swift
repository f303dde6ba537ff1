/// Parses structured header values of the form `value; name=token;
/// name="quoted string"` (Content-Type, Content-Disposition) including
/// RFC 2231 extended parameters: `name*=charset'lang'%XX`, and split values
/// `name*0*=...; name*1=...` that are joined in section order. When both a
/// plain and an RFC 2231 form of a parameter exist, the RFC 2231 form wins
/// because it is the one that carries the real (non-ASCII) text.
enum HeaderParameterParser {
    private struct Piece {
        let section: Int?
        let extended: Bool
        let bytes: [UInt8]
    }

    private static let semicolon = UInt8(ascii: ";")
    private static let equals = UInt8(ascii: "=")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let maxSection = 999

    /// The leading value (comments removed, trimmed, case kept) and the
    /// parameters keyed by lowercased name.
    static func parse(_ header: String) -> (value: String, parameters: [String: String]) {
        let bytes = Array(header.utf8)
        var index = 0
        var valueBytes: [UInt8] = []
        while index < bytes.count, bytes[index] != semicolon {
            if bytes[index] == UInt8(ascii: "(") {
                skipComment(bytes, &index)
            } else {
                valueBytes.append(bytes[index])
                index += 1
            }
        }
        var order: [String] = []
        var pieces: [String: [Piece]] = [:]
        while index < bytes.count {
            index += 1  // the ";"
            skipWhitespaceAndComments(bytes, &index)
            let nameStart = index
            while index < bytes.count, bytes[index] != equals, bytes[index] != semicolon {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).trimmingASCIIWhitespace().lowercased()
            guard index < bytes.count, bytes[index] == equals else { continue }
            index += 1
            let value = readValue(bytes, &index)
            guard !name.isEmpty else { continue }
            let (base, piece) = classify(name: name, value: value)
            if pieces[base] == nil { order.append(base) }
            pieces[base, default: []].append(piece)
        }
        var parameters: [String: String] = [:]
        for base in order {
            if let list = pieces[base] { parameters[base] = assemble(list) }
        }
        return (String(decoding: valueBytes, as: UTF8.self).trimmingASCIIWhitespace(), parameters)
    }

    /// Reads a quoted string or a token, leaving `index` at the next ";".
    private static func readValue(_ bytes: [UInt8], _ index: inout Int) -> [UInt8] {
        skipWhitespaceAndComments(bytes, &index)
        var value: [UInt8] = []
        if index < bytes.count, bytes[index] == quote {
            index += 1
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == backslash, index + 1 < bytes.count { index += 1 }
                value.append(bytes[index])
                index += 1
            }
            // Ignore anything between the closing quote and the next ";".
            while index < bytes.count, bytes[index] != semicolon { index += 1 }
            return value
        }
        // Lenient: an unquoted value runs to the next ";" (it may hold spaces).
        while index < bytes.count, bytes[index] != semicolon {
            value.append(bytes[index])
            index += 1
        }
        while let last = value.last, last == 0x20 || last == 0x09 { value.removeLast() }
        return value
    }

    private static func classify(name: String, value: [UInt8]) -> (String, Piece) {
        var base = Substring(name)
        var extended = false
        if base.hasSuffix("*") {
            extended = true
            base = base.dropLast()
        }
        if let star = base.lastIndex(of: "*") {
            let digits = base[base.index(after: star)...]
            if !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCIIDigit), let section = Int(digits),
                section <= maxSection
            {
                return (String(base[..<star]), Piece(section: section, extended: extended, bytes: value))
            }
        }
        if extended {
            return (String(base), Piece(section: 0, extended: true, bytes: value))
        }
        return (String(base), Piece(section: nil, extended: false, bytes: value))
    }

    private static func assemble(_ pieces: [Piece]) -> String {
        let sectioned = pieces.filter { $0.section != nil }
        guard !sectioned.isEmpty else {
            return Charset.decodeUnlabelled(pieces.first?.bytes ?? [])
        }
        var seen = Set<Int>()
        let ordered = sectioned.sorted { ($0.section ?? 0) < ($1.section ?? 0) }.filter {
            seen.insert($0.section ?? 0).inserted
        }
        var charsetLabel = ""
        var bytes: [UInt8] = []
        for (offset, piece) in ordered.enumerated() {
            var data = piece.bytes[...]
            if offset == 0 && piece.extended {
                let parts = data.split(separator: UInt8(ascii: "'"), maxSplits: 2, omittingEmptySubsequences: false)
                if parts.count == 3 {
                    charsetLabel = String(decoding: parts[0], as: UTF8.self)
                    data = parts[2]
                }
            }
            bytes += piece.extended ? percentDecode(data) : Array(data)
        }
        return charsetLabel.isEmpty ? Charset.decodeUnlabelled(bytes) : Charset(label: charsetLabel).decode(bytes)
    }

    /// "%XX" escapes become bytes; a broken escape is kept literally.
    static func percentDecode(_ data: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = data.startIndex
        while index < data.endIndex {
            if data[index] == UInt8(ascii: "%"), index + 2 < data.endIndex,
                let high = QuotedPrintable.hexValue(data[index + 1]),
                let low = QuotedPrintable.hexValue(data[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(data[index])
                index += 1
            }
        }
        return output
    }

    private static func skipWhitespaceAndComments(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            case UInt8(ascii: "("): skipComment(bytes, &index)
            default: return
            }
        }
    }

    /// Skips a possibly nested "( ... )" comment; an unclosed one runs to the end.
    static func skipComment(_ bytes: [UInt8], _ index: inout Int) {
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == backslash {
                // A quoted pair; a backslash that ends the header quotes nothing (and must not step past the end).
                index = min(index + 1, bytes.count)
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }
}
