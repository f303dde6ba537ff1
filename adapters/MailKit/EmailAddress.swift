/// A mailbox: an address with an optional display name (already decoded
/// from RFC 2047 and unquoted). The address is kept as written; compare it
/// with `normalizedAddress`, since domains are case-insensitive.
public struct EmailAddress: Sendable, Hashable {
    public let address: String
    public let displayName: String?

    public init(address: String, displayName: String? = nil) {
        self.address = address
        self.displayName = displayName
    }

    /// The part before the last "@" (the whole address when there is none,
    /// as in a bare "MAILER-DAEMON").
    public var localPart: String {
        guard let at = address.lastIndex(of: "@") else { return address }
        return String(address[..<at])
    }

    /// The part after the last "@", nil when there is none.
    public var domain: String? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        return String(address[address.index(after: at)...])
    }

    /// Lowercased address, for matching senders and deduplication.
    public var normalizedAddress: String { address.lowercased() }

    /// Parses an address-list header (From, To, Cc, Reply-To). Accepts
    /// `"Name" <a@b>`, `Name <a@b>`, `<a@b>`, `a@b (Name)`, bare `a@b`,
    /// encoded-word names and groups (`Team: a@b, c@d;`); entries with no
    /// address are skipped.
    public static func parseList(_ header: String) -> [EmailAddress] {
        AddressListParser.parse(header)
    }

    /// The first mailbox of an address header, e.g. From.
    public static func parse(_ header: String) -> EmailAddress? {
        parseList(header).first
    }
}
