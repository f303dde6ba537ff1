/// Produces header text that is safe and standard: every caller-provided
/// string loses its control characters (so CR/LF can never start a new
/// header), non-ASCII text becomes RFC 2047 "B" words in UTF-8, and lines
/// are folded at spaces to at most 78 characters (RFC 5322 section 2.1.1).
enum HeaderEncoder {
    static let lineLimit = 78
    /// An encoded word may be at most 75 characters (RFC 2047 section 2).
    static let maxWordLength = 75
    private static let wordOverhead = "=?utf-8?B?".count + "?=".count
    private static let atextSpecials = Set("!#$%&'*+-/=?^_`{|}~")

    /// Control characters (CR, LF, TAB, NUL...) become spaces; ends trimmed.
    static func sanitize(_ text: String) -> String {
        text.replacingControlCharacters(with: " ").trimmingASCIIWhitespace()
    }

    /// "Name: token token" folded before a token that would overflow the
    /// line; no final CRLF. A single overlong token stays on its own line.
    static func fold(name: String, tokens: [String]) -> String {
        var output = "\(name):"
        var lineLength = output.count
        for (offset, token) in tokens.enumerated() {
            if offset > 0 && lineLength + 1 + token.count > lineLimit {
                output += "\r\n"
                lineLength = 0
            }
            output += " " + token
            lineLength += 1 + token.count
        }
        return output
    }

    /// Tokens for unstructured text such as Subject. Plain ASCII stays
    /// readable; non-ASCII, text that would be mistaken for an encoded
    /// word ("=?"), or a word too long to fold is sent as encoded words.
    static func textTokens(_ text: String, headerName: String) -> [String] {
        let clean = sanitize(text)
        let words = spaceSeparatedTokens(clean)
        let longest = words.map(\.count).max() ?? 0
        if clean.unicodeScalars.allSatisfy(\.isASCII) && !clean.contains("=?")
            && longest <= lineLimit - headerName.count - 2
        {
            return words
        }
        return encodedWords(clean, firstLineUsed: headerName.count + 2)
    }

    /// Tokens for a display name: atoms, one quoted string, or encoded words.
    static func phraseTokens(_ name: String, firstLineUsed: Int) -> [String] {
        let clean = sanitize(name)
        guard !clean.isEmpty else { return [] }
        if !clean.unicodeScalars.allSatisfy(\.isASCII) || clean.contains("=?") {
            return encodedWords(clean, firstLineUsed: firstLineUsed)
        }
        if clean.allSatisfy({ $0 == " " || $0.isLetter || $0.isNumber || atextSpecials.contains($0) }) {
            return spaceSeparatedTokens(clean)
        }
        var quoted = "\""
        for character in clean {
            if character == "\\" || character == "\"" { quoted.append("\\") }
            quoted.append(character)
        }
        return [quoted + "\""]
    }

    /// Splits at single spaces; extra spaces stay at the front of the next
    /// token, so joining with " " restores the text and no folded line is
    /// whitespace only.
    static func spaceSeparatedTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentHasText = false
        for character in text {
            if character == " " && currentHasText {
                tokens.append(current)
                current = ""
                currentHasText = false
            } else {
                current.append(character)
                currentHasText = currentHasText || character != " "
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// UTF-8 "B" encoded words, each at most 75 characters, never splitting
    /// a character (or, for absurdly long grapheme clusters, a scalar). The
    /// first word is sized to fit after `firstLineUsed` characters.
    static func encodedWords(_ text: String, firstLineUsed: Int) -> [String] {
        var units: [[UInt8]] = []
        let fullCapacity = capacity(forWordLength: maxWordLength)
        for character in text {
            let bytes = Array(String(character).utf8)
            if bytes.count <= fullCapacity {
                units.append(bytes)
            } else {
                units += character.unicodeScalars.map { Array(String($0).utf8) }
            }
        }
        let firstCapacity = capacity(forWordLength: min(maxWordLength, lineLimit - firstLineUsed - 1))
        var budget = firstCapacity >= 4 ? firstCapacity : fullCapacity
        var words: [String] = []
        var current: [UInt8] = []
        for unit in units {
            if !current.isEmpty && current.count + unit.count > budget {
                words.append(encodeWord(current))
                current = []
                budget = fullCapacity
            }
            current += unit
        }
        if !current.isEmpty { words.append(encodeWord(current)) }
        return words
    }

    private static func capacity(forWordLength length: Int) -> Int {
        max(0, (length - wordOverhead) / 4 * 3)
    }

    private static func encodeWord(_ bytes: [UInt8]) -> String {
        "=?utf-8?B?\(Base64Encoder.encode(bytes))?="
    }
}
