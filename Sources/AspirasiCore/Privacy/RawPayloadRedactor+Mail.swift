/// Raw mail: the top-level header fields with a credential's name
/// (`Authorization`, `X-Api-Key`, `Cookie`), folded lines and all. Citizens'
/// mail carries none normally; a relay or a web form that forwards it might.
/// DKIM and ARC signatures are public and stay.
enum MailCredentials {
    static let replacement = Array(" \(RawPayloadRedactor.marker)".utf8)

    static func cuts(in bytes: [UInt8]) -> [RawPayloadRedactor.Cut] {
        var cuts: [RawPayloadRedactor.Cut] = []
        var lineStart = 0
        // The span being redacted: the value of a credential field and its continuation lines.
        var open: (start: Int, end: Int)?
        func close() {
            if let span = open { cuts.append(.init(range: span.start..<span.end, replacement: replacement)) }
            open = nil
        }
        while lineStart < bytes.count {
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            // The line without its ending, which stays in place.
            var contentEnd = newline
            if contentEnd > lineStart, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            if contentEnd == lineStart { break }  // the empty line: the body starts, headers end
            let first = bytes[lineStart]
            if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
                // A folded continuation belongs to the field above.
                if open != nil { open?.end = contentEnd }
            } else {
                close()
                if let colon = bytes[lineStart..<contentEnd].firstIndex(of: UInt8(ascii: ":")),
                    CredentialNames.isCredential(String(decoding: bytes[lineStart..<colon], as: UTF8.self))
                {
                    open = (colon + 1, contentEnd)
                }
            }
            lineStart = newline + 1
        }
        close()
        return cuts
    }
}
