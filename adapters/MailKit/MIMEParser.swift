/// Builds the part tree, enforcing `MIMELimits` while it goes so a hostile
/// message is refused as soon as it crosses a bound, before it costs more.
struct MIMEParser {
    let limits: MIMELimits
    private(set) var partCount = 0

    init(limits: MIMELimits) {
        self.limits = limits
    }

    mutating func parseEntity(
        _ bytes: ArraySlice<UInt8>,
        depth: Int,
        defaultType: ContentType
    ) throws(MIMEError) -> MIMEPart {
        let (headers, body) = HeaderBlockParser.parse(bytes)
        var contentType = ContentType(headerValue: headers["Content-Type"], defaultType: defaultType)
        let disposition = ContentDisposition(headerValue: headers["Content-Disposition"])
        let encoding = TransferEncoding(headerValue: headers["Content-Transfer-Encoding"])
        if contentType.isMultipart {
            let remaining = max(limits.maxParts - partCount, 0)
            if let boundary = contentType.boundary,
                let sections = MultipartSplitter.split(body, boundary: boundary, maxSections: remaining)
            {
                guard depth < limits.maxDepth else { throw .tooDeep(limit: limits.maxDepth) }
                let childDefault: ContentType = contentType.subtype == "digest" ? .messageRFC822 : .textPlain
                var children: [MIMEPart] = []
                for section in sections {
                    partCount += 1
                    guard partCount <= limits.maxParts else { throw .tooManyParts(limit: limits.maxParts) }
                    children.append(try parseEntity(section, depth: depth + 1, defaultType: childDefault))
                }
                return MIMEPart(
                    headers: headers, contentType: contentType, disposition: disposition,
                    transferEncoding: encoding, body: [], parts: children)
            }
            // No boundary, or it never occurs: show the body as plain text
            // rather than lose it (what Python's email package does too).
            contentType = ContentType(type: "text", subtype: "plain", parameters: contentType.parameters)
        }
        return MIMEPart(
            headers: headers, contentType: contentType, disposition: disposition,
            transferEncoding: encoding, body: Array(body), parts: [])
    }
}
