import Foundation

/// How an admin names a citizen whose data is exported or erased: a phone
/// number (`+62 812-3456-789`, `628123456789` and `08123456789` are one
/// number), an e-mail address (any case), or `channel:handle` for the other
/// channels (`twitter:1234567890`, the X account's numeric id; `qlue:881`).
public struct CitizenContact: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Stored handles are compared without spaces, dashes, dots and brackets.
        case phone
        /// Stored handles are compared lower-cased.
        case email
        /// Stored handles are compared as they are.
        case handle
    }

    public static let expectedForm = "a phone number, an e-mail address or channel:handle (e.g. twitter:1234567890)"

    public let kind: Kind
    /// Only identities on this channel; nil: the handle on any channel.
    public let channel: Channel?
    /// Every spelling the handle may be stored in.
    public let handles: [String]

    /// Nil when `text` is none of the accepted forms.
    public init?(_ text: String) {
        guard let (kind, channel, handles) = Self.parse(text.trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        self.kind = kind
        self.channel = channel
        self.handles = handles
    }

    static func parse(_ text: String) -> (Kind, Channel?, [String])? {
        guard !text.isEmpty, text.count <= 320 else { return nil }
        if let colon = text.firstIndex(of: ":"), let channel = Channel(rawValue: text[..<colon].lowercased()) {
            let handle = String(text[text.index(after: colon)...])
            guard !handle.isEmpty else { return nil }
            // Some adapters keep the channel in the handle itself (`qlue:881`); X's ids are digits, but no phone.
            let exact = [handle, "\(channel.rawValue):\(handle)"]
            if let phone = phoneSpellings(handle) { return (.phone, channel, exact + phone) }
            if isEmail(handle) { return (.email, channel, [handle.lowercased()]) }
            return (.handle, channel, exact)
        }
        if let phone = phoneSpellings(text) { return (.phone, nil, phone) }
        if isEmail(text) { return (.email, nil, [text.lowercased()]) }
        return nil
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || $0 == ":" || $0 == "<" || $0 == ">" })
    }

    /// The spellings of a phone number as channels store it: Indonesian
    /// numbers as `+62…`, `62…` and `0…`; others with and without `+`.
    static func phoneSpellings(_ text: String) -> [String]? {
        let compact = text.filter { !" -.()".contains($0) }
        let plus = compact.hasPrefix("+")
        var digits = plus ? String(compact.dropFirst()) : compact
        guard (6...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var international = plus
        if !plus, digits.hasPrefix("00") {
            digits.removeFirst(2)
            international = true
        }
        if digits.hasPrefix("62") && (international || digits.count >= 10) {
            let national = digits.dropFirst(2)
            return ["+62\(national)", "62\(national)", "0\(national)"]
        }
        if international { return ["+\(digits)", digits, "00\(digits)"] }
        let national = digits.hasPrefix("0") ? digits.dropFirst() : Substring(digits)
        return ["+62\(national)", "62\(national)", "0\(national)"]
    }
}
