import Foundation

/// An application/x-www-form-urlencoded body.
public struct FormFields: Sendable {
    public let pairs: [(String, String)]
    /// Fields whose value is not valid percent-encoded UTF-8: the caller refuses the request.
    public let malformed: [String]

    public init(_ body: String) {
        var pairs: [(String, String)] = []
        var malformed: [String] = []
        for pair in body.utf8.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else {
                malformed.append(String(decoding: parts[0].prefix(40), as: UTF8.self))
                continue
            }
            guard parts.count > 1 else {
                pairs.append((name, ""))
                continue
            }
            guard let value = Self.decode(parts[1]) else {
                malformed.append(name)
                continue
            }
            pairs.append((name, value))
        }
        self.pairs = pairs
        self.malformed = malformed
    }

    /// A value for a form body or query: everything but unreserved characters percent-encoded.
    public static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    public subscript(name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// `+` is a space and `%XX` a byte; nil for a malformed escape or bytes that are not UTF-8.
    /// Plain byte work: Foundation's percent decoding goes through NSString and cost the hub dearly.
    static func decode(_ bytes: Substring.UTF8View.SubSequence) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                let high = bytes.index(after: index)
                guard high < bytes.endIndex, bytes.index(after: high) < bytes.endIndex,
                    let h = hexValue(bytes[high]), let l = hexValue(bytes[bytes.index(after: high)])
                else { return nil }
                out.append(h << 4 | l)
                index = bytes.index(after: high)
            } else {
                out.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(validating: out, as: UTF8.self)
    }

    public static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
