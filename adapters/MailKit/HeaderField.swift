/// One header field as it appeared, after unfolding. The name keeps its
/// original spelling (lookups are case-insensitive); the value is still raw:
/// RFC 2047 encoded words are decoded only by callers that know the field's
/// syntax, because decoding first would break address and parameter parsing.
public struct HeaderField: Sendable, Equatable {
    public let name: String
    public let value: String
    /// The lowercased name, computed once: a hostile message may carry
    /// millions of fields and every lookup scans them all.
    let key: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
        self.key = name.lowercased()
    }
}
