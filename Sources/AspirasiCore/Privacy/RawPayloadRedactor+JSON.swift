/// JSON: the value of every member whose name is a credential, at any depth,
/// found by a small scanner that keeps every other byte where it was (no
/// re-serialising: key order, spacing and number spellings stay as received).
struct JSONCredentials {
    static let replacement = Array("\"\(RawPayloadRedactor.marker)\"".utf8)
    /// Deeper than any provider's payload; a deeper one is not kept rather than scanned.
    static let maximumDepth = 128

    struct Malformed: Error {}

    let bytes: [UInt8]
    var index = 0
    var cuts: [RawPayloadRedactor.Cut] = []

    /// The spans to redact, in order; nil when the bytes are not one JSON value.
    static func cuts(in bytes: [UInt8]) -> [RawPayloadRedactor.Cut]? {
        var scanner = JSONCredentials(bytes: bytes)
        do {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            guard scanner.index == bytes.count else { return nil }
        } catch {
            return nil
        }
        return scanner.cuts
    }

    mutating func value(depth: Int) throws(Malformed) {
        guard depth < Self.maximumDepth, index < bytes.count else { throw Malformed() }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): _ = try string()
        default: try scalar()
        }
    }

    mutating func object(depth: Int) throws(Malformed) {
        index += 1
        skipSpace()
        if try peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            skipSpace()
            guard try peek() == UInt8(ascii: "\"") else { throw Malformed() }
            let name = try string()
            skipSpace()
            guard try peek() == UInt8(ascii: ":") else { throw Malformed() }
            index += 1
            skipSpace()
            let start = index
            try value(depth: depth + 1)
            if CredentialNames.isCredential(name) {
                // The whole value goes, with anything already found inside it.
                cuts.removeAll { $0.range.lowerBound >= start }
                cuts.append(.init(range: start..<index, replacement: Self.replacement))
            }
            skipSpace()
            switch try peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw Malformed()
            }
        }
    }

    mutating func array(depth: Int) throws(Malformed) {
        index += 1
        skipSpace()
        if try peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            skipSpace()
            try value(depth: depth + 1)
            skipSpace()
            switch try peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw Malformed()
            }
        }
    }

    /// Reads a string and returns its ASCII content with escapes resolved,
    /// which is all a member name needs to be compared (`CredentialNames`
    /// looks at ASCII letters and digits only).
    mutating func string() throws(Malformed) -> String {
        index += 1
        var ascii: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: ascii, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw Malformed() }
                if bytes[index + 1] == UInt8(ascii: "u") {
                    guard index + 5 < bytes.count else { throw Malformed() }
                    var code: UInt32 = 0
                    for digit in bytes[(index + 2)...(index + 5)] {
                        guard let value = FormCredentials.hexValue(digit) else { throw Malformed() }
                        code = code << 4 | UInt32(value)
                    }
                    if code < 0x80 { ascii.append(UInt8(code)) }
                    index += 6
                } else {
                    index += 2
                }
            default:
                if byte < 0x80 { ascii.append(byte) }
                index += 1
            }
        }
        throw Malformed()
    }

    /// A number, `true`, `false` or `null`.
    mutating func scalar() throws(Malformed) {
        let start = index
        while index < bytes.count, Self.isScalarByte(bytes[index]) { index += 1 }
        guard index > start else { throw Malformed() }
    }

    static func isScalarByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default: false
        }
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    func peek() throws(Malformed) -> UInt8 {
        guard index < bytes.count else { throw Malformed() }
        return bytes[index]
    }
}
