/// Where each element of a JSON object's array member lies in the bytes the provider sent.
///
/// A polled feed keeps each item's raw payload. Writing the parsed item back out
/// (`JSONSerialization` with sorted keys) took a quarter of the hub's CPU while
/// draining a feed; the item's own bytes cost nothing and are what the provider
/// really sent. This only finds boundaries: the caller parses the page as before
/// and uses the spans only when they match its items one for one.
public enum JSONSpans {
    /// The byte ranges of the elements of the array `member` of the top-level object in `bytes`, or nil when
    /// the text is not shaped so (or the member is written with escapes, or is not an array).
    public static func elements(of member: String, in bytes: [UInt8]) -> [Range<Int>]? {
        var scanner = Scanner(bytes: bytes)
        let wanted = Array(member.utf8)
        scanner.skipSpace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        while true {
            scanner.skipSpace()
            guard let key = scanner.string() else { return nil }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ":")) else { return nil }
            scanner.skipSpace()
            if bytes[key].elementsEqual(wanted) {
                return scanner.arrayElements()
            }
            guard scanner.skipValue() else { return nil }
            scanner.skipSpace()
            guard scanner.take(UInt8(ascii: ",")) else { return nil }
        }
    }

    struct Scanner {
        let bytes: [UInt8]
        var index = 0

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        /// A string's contents (between its quotes, escapes as written); the index moves past it.
        mutating func string() -> Range<Int>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    return start..<index - 1
                case UInt8(ascii: "\\"):
                    index += 2
                default:
                    index += 1
                }
            }
            return nil
        }

        /// Past one value of any kind; false when the text ends first or is not JSON's shape.
        mutating func skipValue() -> Bool {
            guard index < bytes.count else { return false }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string() != nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while index < bytes.count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""):
                        guard string() != nil else { return false }
                        continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 {
                            index += 1
                            return true
                        }
                    default:
                        break
                    }
                    index += 1
                }
                return false
            default:
                // A number or a literal: up to the next delimiter.
                let start = index
                while index < bytes.count, !",}] \t\r\n".utf8.contains(bytes[index]) { index += 1 }
                return index > start
            }
        }

        /// The elements of the array at the index.
        mutating func arrayElements() -> [Range<Int>]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var spans: [Range<Int>] = []
            skipSpace()
            if take(UInt8(ascii: "]")) { return spans }
            while true {
                skipSpace()
                let start = index
                guard skipValue() else { return nil }
                spans.append(start..<index)
                skipSpace()
                if take(UInt8(ascii: "]")) { return spans }
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }
    }
}
