/// Input cursor for `HTMLText`, with the searches it needs. Failed searches
/// for a closing tag are remembered, so input like `<head><head>...` with no
/// `</head>` costs one scan, not one per tag.
struct HTMLScanner {
    static let commentOpen = Array("<!--".unicodeScalars)
    static let commentClose = Array("-->".unicodeScalars)
    static let cdataOpen = Array("<![CDATA[".unicodeScalars)
    static let cdataClose = Array("]]>".unicodeScalars)

    let input: [Unicode.Scalar]
    var index = 0
    /// Needles known to be absent from some index on, keyed by needle.
    private var absentFrom: [String: Int] = [:]
    /// The first `>` at or after the last tag start looked at (or `count`):
    /// tag starts only move forward, so finding them all costs one pass.
    private var nextClose = -1

    init(_ html: String, limit: Int) {
        input = Array(html.unicodeScalars.prefix(limit))
    }

    var count: Int { input.count }
    var current: Unicode.Scalar? { index < input.count ? input[index] : nil }

    func isLetter(at position: Int) -> Bool {
        let scalar = input[position]
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    func isDigit(at position: Int) -> Bool {
        ("0"..."9").contains(input[position])
    }

    /// The tag name (ASCII letters and digits) starting at `start`, lowercased.
    func lowercasedName(from start: Int, before end: Int) -> String {
        var name = String.UnicodeScalarView()
        var position = start
        while position < end, isLetter(at: position) || isDigit(at: position) {
            name.append(Self.lowercased(input[position]))
            position += 1
        }
        return String(name)
    }

    func starts(with needle: [Unicode.Scalar]) -> Bool {
        matches(needle, at: index, ignoringCase: false)
    }

    func matches(_ needle: [Unicode.Scalar], at position: Int, ignoringCase: Bool) -> Bool {
        guard position >= 0, position + needle.count <= input.count else { return false }
        for offset in needle.indices {
            let scalar = input[position + offset]
            if (ignoringCase ? Self.lowercased(scalar) : scalar) != needle[offset] { return false }
        }
        return true
    }

    func find(_ needle: [Unicode.Scalar], from start: Int, ignoringCase: Bool = false) -> Int? {
        var position = start
        while position + needle.count <= input.count {
            if matches(needle, at: position, ignoringCase: ignoringCase) { return position }
            position += 1
        }
        return nil
    }

    /// Moves past `</name ...>`. `<head>` without one ends at `<body`; other
    /// dropped elements left open drop the rest, as a browser would.
    mutating func skipElement(named name: String) {
        if let close = findRemembering("</" + name) {
            index = tagEnd(from: close + 1).map { $0 + 1 } ?? input.count
        } else if name == "head" {
            index = findRemembering("<body") ?? index
        } else {
            index = input.count
        }
    }

    /// Index of the `>` closing a tag, skipping quoted attribute values; when
    /// quoting is broken, the first `>` will do. Nil when no `>` is within
    /// `HTMLText.maxTagLength`, which also bounds the quote-aware scan.
    mutating func tagEnd(from start: Int) -> Int? {
        if nextClose < start {
            nextClose = input[start...].firstIndex(of: ">") ?? input.count
        }
        let limit = min(input.count, start + HTMLText.maxTagLength)
        guard nextClose < limit else { return nil }
        var quote: Unicode.Scalar?
        var position = start
        while position < limit {
            let scalar = input[position]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == ">" {
                return position
            } else if scalar == "\"" || scalar == "'", position > start, input[position - 1] == "=" {
                quote = scalar
            }
            position += 1
        }
        return nextClose
    }

    private mutating func findRemembering(_ text: String) -> Int? {
        if let absent = absentFrom[text], absent <= index { return nil }
        let found = find(Array(text.unicodeScalars), from: index, ignoringCase: true)
        if found == nil { absentFrom[text] = index }
        return found
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) else { return scalar }
        return lower
    }
}

/// Accumulates plain text: source whitespace collapses to single spaces,
/// breaks become real newlines, never more than one blank line in a row, and
/// nothing past `limit`.
struct PlainTextWriter {
    private var output = String.UnicodeScalarView()
    private var pendingSpace = false
    private var trailingNewlines = 0
    /// Scalars written; `UnicodeScalarView.count` would be O(n) per call.
    private var length = 0
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    var isFull: Bool { length >= limit }

    mutating func text(_ scalar: Unicode.Scalar) {
        if scalar.properties.isWhitespace {
            pendingSpace = true
            return
        }
        if pendingSpace && trailingNewlines == 0 && length > 0 { append(" ") }
        pendingSpace = false
        trailingNewlines = 0
        append(scalar)
    }

    /// `<br>`: always a new line, but at most one blank line.
    mutating func hardBreak() {
        newline(upTo: 2)
    }

    /// Block boundaries: start a new line (or leave a blank one) if not already.
    mutating func breakLine(blank: Bool) {
        newline(upTo: blank ? 2 : 1, onlyIfBelow: true)
    }

    private mutating func newline(upTo maximum: Int, onlyIfBelow: Bool = false) {
        pendingSpace = false
        guard length > 0 else { return }
        if onlyIfBelow {
            while trailingNewlines < maximum, appendNewline() {}
        } else if trailingNewlines < maximum {
            _ = appendNewline()
        }
    }

    /// False once the output is full, so callers' loops end.
    private mutating func appendNewline() -> Bool {
        guard length < limit else { return false }
        append("\n")
        trailingNewlines += 1
        return true
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        guard length < limit else { return }
        output.append(scalar)
        length += 1
    }

    mutating func finish() -> String {
        while trailingNewlines > 0 {
            output.removeLast()
            trailingNewlines -= 1
        }
        return String(output)
    }
}
