/// A small RFC 5322 address-list tokenizer. It splits on top-level commas
/// (never inside quotes, comments or angle brackets), so a display name like
/// "Santoso, Budi" stays whole, and only decodes RFC 2047 words after the
/// structure is known, since a decoded name may itself contain "<" or ",".
enum AddressListParser {
    private enum Token {
        case atom(String)
        case quoted(String)
        case comment(String)
        case angle(String)
    }

    static func parse(_ header: String) -> [EmailAddress] {
        var results: [EmailAddress] = []
        for segment in tokenize(Array(header.unicodeScalars)) {
            if let mailbox = mailbox(from: segment) { results.append(mailbox) }
        }
        return results
    }

    private static func tokenize(_ scalars: [Unicode.Scalar]) -> [[Token]] {
        var segments: [[Token]] = []
        var current: [Token] = []
        var atom = ""
        var index = 0
        func endAtom() {
            if !atom.isEmpty { current.append(.atom(atom)) }
            atom = ""
        }
        func endSegment() {
            endAtom()
            if !current.isEmpty { segments.append(current) }
            current = []
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                endAtom()
                current.append(.quoted(readDelimited(scalars, &index, close: "\"")))
            case "(":
                endAtom()
                current.append(.comment(readComment(scalars, &index)))
            case "<":
                endAtom()
                current.append(.angle(readDelimited(scalars, &index, close: ">")))
            case ",", ";":
                endSegment()
                index += 1
            case ":":
                // A group name ends here; what came before is not a mailbox.
                atom = ""
                current = []
                index += 1
            case " ", "\t", "\r", "\n":
                endAtom()
                index += 1
            default:
                atom.unicodeScalars.append(scalar)
                index += 1
            }
        }
        endSegment()
        return segments
    }

    /// Reads from an opening delimiter at `index` to `close`, handling
    /// backslash escapes; an unclosed one runs to the end.
    private static func readDelimited(
        _ scalars: [Unicode.Scalar], _ index: inout Int, close: Unicode.Scalar
    ) -> String {
        var text = ""
        index += 1
        while index < scalars.count, scalars[index] != close {
            if scalars[index] == "\\", close == "\"", index + 1 < scalars.count { index += 1 }
            text.unicodeScalars.append(scalars[index])
            index += 1
        }
        index += 1
        return text
    }

    private static func readComment(_ scalars: [Unicode.Scalar], _ index: inout Int) -> String {
        var text = ""
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\\", index < scalars.count {
                text.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            if scalar == "(" {
                depth += 1
                if depth == 1 { continue }
            } else if scalar == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            text.unicodeScalars.append(scalar)
        }
        return text
    }

    private static func mailbox(from tokens: [Token]) -> EmailAddress? {
        var phrase: [String] = []
        var comments: [String] = []
        var angle: String?
        var bareAddress = ""
        for token in tokens {
            switch token {
            case .atom(let text):
                phrase.append(text)
                bareAddress += text
            case .quoted(let text):
                phrase.append(text)
                bareAddress += "\"\(text)\""
            case .comment(let text):
                comments.append(text)
            case .angle(let text):
                if angle == nil { angle = text }
            }
        }
        let address: String
        var name: String?
        if let angle {
            // Drop an obsolete source route ("<@relay:user@host>").
            let routeless = angle.split(separator: ":").last.map(String.init) ?? angle
            address = routeless.filter { !$0.isWhitespace }
            name = phrase.isEmpty ? comments.first : phrase.joined(separator: " ")
        } else {
            address = bareAddress
            name = comments.first
        }
        guard !address.isEmpty else { return nil }
        return EmailAddress(address: address, displayName: name.flatMap(cleanName))
    }

    private static func cleanName(_ raw: String) -> String? {
        let decoded = EncodedWordDecoder.decode(raw).replacingControlCharacters(with: " ").trimmingASCIIWhitespace()
        return decoded.isEmpty ? nil : decoded
    }
}
