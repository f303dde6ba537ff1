import Foundation

/// Byte-level checks that run before any XML parser sees the document.
///
/// Why not trust XMLParser alone: swift-corelibs-foundation always parses with
/// libxml2's XML_PARSE_NOENT (entity substitution) and never reports entity
/// declarations to the delegate on Linux, so a DTD must be refused before
/// parsing starts. In well-formed XML, `<!` outside comments and CDATA can
/// only begin a DOCTYPE or a declaration inside one, so refusing every other
/// `<!` anywhere in the document is exact, and CDATA holding `<!DOCTYPE html>`
/// (common in `content:encoded`) still passes.
enum XMLSafetyGuard {
    /// Encodings whose ASCII range is byte-identical to ASCII, so the scan below
    /// sees markup exactly as libxml2 will.
    static let acceptedEncodings: Set<String> = [
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "iso-8859-15", "windows-1252", "cp1252",
    ]

    static func check(_ bytes: [UInt8]) throws(FeedError) {
        let start = try checkEncoding(bytes)
        try rejectDeclarations(bytes, from: start)
    }

    /// Returns where the markup starts (after a UTF-8 BOM).
    static func checkEncoding(_ bytes: [UInt8]) throws(FeedError) -> Int {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw .unsupportedEncoding("UTF-32")
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw .unsupportedEncoding("UTF-16")
        }
        if bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94]) {
            throw .unsupportedEncoding("EBCDIC")
        }
        // NUL is never legal in XML 1.0; in practice it means UTF-16/32 without a BOM.
        if bytes.contains(0) {
            throw .unsupportedEncoding("UTF-16 or UTF-32")
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let declared = try declaredEncoding(bytes, from: start),
            !acceptedEncodings.contains(declared.lowercased())
        {
            throw .unsupportedEncoding(String(declared.prefix(40)))
        }
        return start
    }

    /// The `encoding` pseudo-attribute of a leading `<?xml ...?>`, if any.
    ///
    /// The whole declaration is read, however long: libxml2 honours an encoding declared after any amount
    /// of white space, and a declaration this scan gave up on could switch the parser to an encoding
    /// (UTF-7, EBCDIC) in which `<!DOCTYPE` no longer looks like these bytes. What cannot be read is refused.
    static func declaredEncoding(_ bytes: [UInt8], from start: Int) throws(FeedError) -> String? {
        guard matches(bytes, at: start, Array("<?xml".utf8)), start + 5 < bytes.count,
            isSpace(bytes[start + 5])
        else { return nil }
        guard let end = find(bytes, Array("?>".utf8), from: start) else { throw .unsupportedEncoding("unterminated") }
        let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let keyword = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[keyword.upperBound...].drop(while: { $0 == " " || $0 == "\t" || $0.isNewline })
        guard rest.first == "=" else { throw .unsupportedEncoding("unreadable declaration") }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0.isNewline })
        guard let quote = rest.first, quote == "\"" || quote == "'" else {
            throw .unsupportedEncoding("unreadable declaration")
        }
        return String(rest.dropFirst().prefix(while: { $0 != quote }))
    }

    static func rejectDeclarations(_ bytes: [UInt8], from start: Int) throws(FeedError) {
        var index = start
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            let next = open + 1
            guard next < bytes.count else { return }
            switch bytes[next] {
            case UInt8(ascii: "!"):
                if matches(bytes, at: open, Array("<!--".utf8)) {
                    guard let end = find(bytes, Array("-->".utf8), from: open + 4) else { return }
                    index = end + 3
                } else if matches(bytes, at: open, Array("<![CDATA[".utf8)) {
                    guard let end = find(bytes, Array("]]>".utf8), from: open + 9) else { return }
                    index = end + 3
                } else {
                    throw .doctypeNotAllowed
                }
            case UInt8(ascii: "?"):
                guard let end = find(bytes, Array("?>".utf8), from: open + 2) else { return }
                // swift-corelibs-foundation's XMLParser reads a processing instruction's data through a
                // NULL pointer when there is none at all (`<?name?>`, legal XML) and the process dies
                // (found by `make fuzz`). `<?name ?>` is read fine, so only the exact form is refused.
                if !bytes[(open + 2)..<end].contains(where: isSpace) { throw .processingInstructionWithoutData }
                index = end + 2
            default:
                index = next
            }
        }
    }

    static func matches(_ bytes: [UInt8], at index: Int, _ needle: [UInt8]) -> Bool {
        guard index >= 0, index + needle.count <= bytes.count else { return false }
        for offset in needle.indices where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// First index of `needle` at or after `from` (and starting before `limit`).
    static func find(_ bytes: [UInt8], _ needle: [UInt8], from: Int, limit: Int = .max) -> Int? {
        guard let first = needle.first else { return nil }
        var index = from
        let end = min(limit, bytes.count)
        while index < end, let candidate = bytes[index..<end].firstIndex(of: first) {
            if matches(bytes, at: candidate, needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
