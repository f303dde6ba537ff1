/// Splits a multipart body at its boundary delimiter lines (RFC 2046
/// section 5.1.1). The line break before a delimiter belongs to the
/// delimiter, the preamble and epilogue are discarded, transport padding
/// after a delimiter is allowed, and a missing close delimiter is tolerated:
/// the last part then runs to the end of the body.
enum MultipartSplitter {
    private enum Delimiter {
        case open
        case close
    }

    /// The sections between delimiters, or nil when no delimiter line occurs
    /// at all. Stops after `maxSections + 1` sections so a body made of
    /// millions of delimiters costs no memory before the caller refuses it.
    static func split(_ body: ArraySlice<UInt8>, boundary: String, maxSections: Int) -> [ArraySlice<UInt8>]? {
        let delimiter = Array("--\(boundary)".utf8)
        var sections: [ArraySlice<UInt8>] = []
        var sectionStart: Int?
        var foundDelimiter = false
        var closed = false
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            let lineFeed = body[lineStart...].firstIndex(of: 0x0A)
            let lineEnd = lineFeed ?? body.endIndex
            let next = lineFeed.map { $0 + 1 } ?? body.endIndex
            if let kind = classify(body[lineStart..<lineEnd], delimiter: delimiter) {
                foundDelimiter = true
                if let start = sectionStart {
                    sections.append(body[start..<contentEnd(body, start: start, delimiterLine: lineStart)])
                    if sections.count > maxSections { return sections }
                }
                if kind == .close {
                    closed = true
                    break
                }
                sectionStart = next
            }
            lineStart = next
        }
        if !closed, let start = sectionStart, start < body.endIndex {
            sections.append(body[start..<body.endIndex])
        }
        return foundDelimiter ? sections : nil
    }

    /// Where a section's content ends: before the CRLF (or LF) that precedes
    /// the delimiter line.
    private static func contentEnd(_ body: ArraySlice<UInt8>, start: Int, delimiterLine: Int) -> Int {
        var end = delimiterLine
        if end > start && body[end - 1] == 0x0A {
            end -= 1
            if end > start && body[end - 1] == 0x0D { end -= 1 }
        }
        return end
    }

    private static func classify(_ line: ArraySlice<UInt8>, delimiter: [UInt8]) -> Delimiter? {
        guard line.count >= delimiter.count, line.starts(with: delimiter) else { return nil }
        var rest = line.dropFirst(delimiter.count)
        var kind = Delimiter.open
        if rest.starts(with: [0x2D, 0x2D]) {
            kind = .close
            rest = rest.dropFirst(2)
        }
        let onlyPadding = rest.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        return onlyPadding ? kind : nil
    }
}
