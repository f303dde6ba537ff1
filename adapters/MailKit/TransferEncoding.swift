/// The Content-Transfer-Encoding of a part (RFC 2045 section 6). Unknown
/// values are kept and treated like binary: showing the raw bytes beats
/// dropping the part.
public enum TransferEncoding: Sendable, Equatable {
    case sevenBit
    case eightBit
    case binary
    case base64
    case quotedPrintable
    case other(String)

    /// Parses a header value; absent or empty means 7bit (the RFC default).
    public init(headerValue: String?) {
        let token =
            (headerValue ?? "")
            .split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
            .first
            .map { String($0).trimmingASCIIWhitespace().lowercased() } ?? ""
        switch token {
        case "", "7bit": self = .sevenBit
        case "8bit": self = .eightBit
        case "binary": self = .binary
        case "base64": self = .base64
        case "quoted-printable": self = .quotedPrintable
        default: self = .other(token)
        }
    }

    /// Undoes the transfer encoding.
    public func decode(_ bytes: some Collection<UInt8>) -> [UInt8] {
        switch self {
        case .base64: return LenientBase64.decode(bytes)
        case .quotedPrintable: return QuotedPrintable.decode(bytes)
        case .sevenBit, .eightBit, .binary, .other: return Array(bytes)
        }
    }
}
