/// One entity of a message: the top level or a body part. Leaves keep their
/// body still transfer-encoded, so parsing never pays for decoding parts
/// nobody reads; containers (multiparts) hold their children instead.
public struct MIMEPart: Sendable, Equatable {
    public let headers: MIMEHeaders
    public let contentType: ContentType
    public let disposition: ContentDisposition?
    public let transferEncoding: TransferEncoding
    /// The raw, still transfer-encoded body of a leaf; empty for a multipart.
    public let body: [UInt8]
    /// Child parts of a multipart, in order; empty for a leaf.
    public let parts: [MIMEPart]

    public init(
        headers: MIMEHeaders,
        contentType: ContentType,
        disposition: ContentDisposition?,
        transferEncoding: TransferEncoding,
        body: [UInt8],
        parts: [MIMEPart]
    ) {
        self.headers = headers
        self.contentType = contentType
        self.disposition = disposition
        self.transferEncoding = transferEncoding
        self.body = body
        self.parts = parts
    }

    /// True for a multipart that was split into children.
    public var isContainer: Bool { contentType.isMultipart && body.isEmpty }

    /// The body with its transfer encoding undone.
    public func decodedBody() -> [UInt8] {
        transferEncoding.decode(body)
    }

    /// The body decoded as text in the part's charset (never fails).
    public func decodedText() -> String {
        contentType.charset.decode(decodedBody())
    }

    /// The Content-ID without angle brackets (what `cid:` URLs refer to).
    public var contentID: String? {
        guard let raw = headers["Content-ID"] else { return nil }
        var value = Substring(raw.trimmingASCIIWhitespace())
        if value.hasPrefix("<") && value.hasSuffix(">") && value.count >= 2 {
            value = value.dropFirst().dropLast()
        }
        let id = String(value).trimmingASCIIWhitespace()
        return id.isEmpty ? nil : id
    }

    /// The file name from Content-Disposition, else the obsolete Content-Type
    /// `name`, with RFC 2047 words decoded (Outlook and Gmail still send them
    /// in quoted parameters) and control characters removed. It is untrusted
    /// text: never use it as a path.
    public var filename: String? {
        guard let raw = disposition?.filename ?? contentType.parameters["name"] else { return nil }
        let decoded = EncodedWordDecoder.decode(raw).replacingControlCharacters(with: "")
        return decoded.isEmpty ? nil : decoded
    }

    /// Every leaf below (or equal to) this part, depth-first in order.
    public func leaves() -> [MIMEPart] {
        guard isContainer else { return [self] }
        return parts.flatMap { $0.leaves() }
    }
}
