/// Splits an entity into its header section and body. Lenient like mail
/// clients are: LF-only line ends are accepted, an mbox "From " line at the
/// very top is skipped, and a line that is neither a field nor a
/// continuation ends the header section (it becomes the first body line,
/// as Python's `email` package does) instead of failing the whole message.
enum HeaderBlockParser {
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let tab: UInt8 = 0x09
    private static let colon: UInt8 = 0x3A

    static func parse(_ bytes: ArraySlice<UInt8>) -> (headers: MIMEHeaders, body: ArraySlice<UInt8>) {
        var fields: [HeaderField] = []
        var pendingName: [UInt8]?
        var pendingValue: [UInt8] = []
        var index = bytes.startIndex
        var bodyStart = bytes.endIndex
        var isFirstLine = true

        func flush() {
            if let name = pendingName {
                fields.append(makeField(name: name, value: pendingValue))
            }
            pendingName = nil
            pendingValue = []
        }

        while index < bytes.endIndex {
            let lineEnd = bytes[index...].firstIndex(of: lineFeed) ?? bytes.endIndex
            let next = lineEnd < bytes.endIndex ? lineEnd + 1 : lineEnd
            var contentEnd = lineEnd
            if contentEnd > index && bytes[contentEnd - 1] == carriageReturn {
                contentEnd -= 1
            }
            let line = bytes[index..<contentEnd]
            if line.isEmpty {
                bodyStart = next
                break
            }
            if let first = line.first, first == space || first == tab {
                // A continuation before any field has nothing to continue: drop it.
                if pendingName != nil {
                    pendingValue.append(contentsOf: line)
                }
            } else if let colonIndex = fieldNameEnd(line) {
                flush()
                pendingName = Array(line[line.startIndex..<colonIndex])
                pendingValue = Array(line[(colonIndex + 1)...])
            } else if isFirstLine && line.starts(with: Array("From ".utf8)) {
                // mbox separator line: not part of the message.
            } else {
                bodyStart = index
                break
            }
            isFirstLine = false
            index = next
        }
        flush()
        return (MIMEHeaders(fields), bytes[bodyStart..<bytes.endIndex])
    }

    /// The index of the colon ending a valid field name (printable ASCII,
    /// optionally followed by obsolete whitespace before the colon), or nil.
    private static func fieldNameEnd(_ line: ArraySlice<UInt8>) -> Int? {
        guard let colonIndex = line.firstIndex(of: colon), colonIndex > line.startIndex else { return nil }
        var nameEnd = colonIndex
        while nameEnd > line.startIndex && (line[nameEnd - 1] == space || line[nameEnd - 1] == tab) {
            nameEnd -= 1
        }
        guard nameEnd > line.startIndex else { return nil }
        let nameIsValid = line[line.startIndex..<nameEnd].allSatisfy { $0 >= 33 && $0 <= 126 }
        return nameIsValid ? colonIndex : nil
    }

    private static func makeField(name: [UInt8], value: [UInt8]) -> HeaderField {
        var nameBytes = name[...]
        while let last = nameBytes.last, last == space || last == tab {
            nameBytes = nameBytes.dropLast()
        }
        // A stray bare CR inside a value must not survive into a String that
        // could later be echoed into an outgoing header.
        let cleaned = value.map { $0 == carriageReturn ? space : $0 }
        let text = Charset.decodeUnlabelled(cleaned)
        return HeaderField(
            name: String(decoding: nameBytes, as: UTF8.self),
            value: text.trimmingASCIIWhitespace()
        )
    }
}
