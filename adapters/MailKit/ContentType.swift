/// A parsed Content-Type (RFC 2045 section 5). Type and subtype are
/// lowercased; a missing or unparseable header means the RFC default
/// `text/plain; charset=us-ascii`, or `message/rfc822` inside a
/// multipart/digest, so a broken header never hides the body.
public struct ContentType: Sendable, Equatable {
    public let type: String
    public let subtype: String
    /// Parameters keyed by lowercased name, RFC 2231 values already joined and decoded.
    public let parameters: [String: String]

    public init(type: String, subtype: String, parameters: [String: String] = [:]) {
        self.type = type.lowercased()
        self.subtype = subtype.lowercased()
        self.parameters = parameters
    }

    /// Parses a header value, falling back to `defaultType` when it is absent or invalid.
    public init(headerValue: String?, defaultType: ContentType = .textPlain) {
        guard let headerValue else {
            self = defaultType
            return
        }
        let (value, parameters) = HeaderParameterParser.parse(headerValue)
        let halves = value.lowercased().split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let isToken: (Substring) -> Bool = { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0.value > 32 && $0.value < 127 && $0 != "/" }
        }
        if halves.count == 2, isToken(halves[0].trimmedSpaces), isToken(halves[1].trimmedSpaces) {
            self.init(
                type: String(halves[0].trimmedSpaces), subtype: String(halves[1].trimmedSpaces),
                parameters: parameters)
        } else {
            // Keep e.g. the charset of "Content-Type: text; charset=utf-8".
            self.init(
                type: defaultType.type, subtype: defaultType.subtype,
                parameters: defaultType.parameters.merging(parameters) { $1 })
        }
    }

    public static let textPlain = ContentType(type: "text", subtype: "plain", parameters: ["charset": "us-ascii"])
    public static let messageRFC822 = ContentType(type: "message", subtype: "rfc822")

    /// "type/subtype".
    public var mimeType: String { "\(type)/\(subtype)" }
    public var isMultipart: Bool { type == "multipart" }
    public var charset: Charset { Charset(label: parameters["charset"] ?? "us-ascii") }
    /// The multipart boundary, nil when missing or empty.
    public var boundary: String? {
        guard let boundary = parameters["boundary"], !boundary.isEmpty else { return nil }
        return boundary
    }
}
