/// A parsed Content-Disposition (RFC 2183). Only the disposition type and the
/// filename matter to us: "attachment" keeps a text part out of the body, and
/// the filename names a report photo.
public struct ContentDisposition: Sendable, Equatable {
    /// Lowercased disposition type, e.g. "inline" or "attachment".
    public let kind: String
    /// Parameters keyed by lowercased name, RFC 2231 values already joined and decoded.
    public let parameters: [String: String]

    public init(kind: String, parameters: [String: String] = [:]) {
        self.kind = kind.lowercased()
        self.parameters = parameters
    }

    /// Parses a header value; nil when the header is absent.
    public init?(headerValue: String?) {
        guard let headerValue else { return nil }
        let (value, parameters) = HeaderParameterParser.parse(headerValue)
        self.init(kind: value, parameters: parameters)
    }

    public var isAttachment: Bool { kind == "attachment" }
    public var isInline: Bool { kind == "inline" }
    public var filename: String? { parameters["filename"] }
}
