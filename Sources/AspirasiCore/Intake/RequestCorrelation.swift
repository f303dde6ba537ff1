/// The request being served, as a task-local: the HTTP middleware sets it, and whatever the request
/// starts (the intake, an officer's action) reads it without every call passing it along.
public enum RequestCorrelation {
    @TaskLocal public static var requestID: String?

    /// The longest id taken from a caller; longer ones are replaced by one of ours.
    public static let maximumLength = 128

    /// Whether a caller's `X-Request-Id` may be kept: 1 to 128 of letters, digits and `-_.:/+=`, so
    /// it cannot break a log line, a header or a query, nor carry much personal data.
    public static func isAcceptable(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= maximumLength else { return false }
        return id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                true
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"),
                UInt8(ascii: "+"), UInt8(ascii: "="):
                true
            default: false
            }
        }
    }
}
