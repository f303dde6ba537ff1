/// Extracts message ids from Message-ID, In-Reply-To and References
/// (RFC 5322 section 3.6.4), without angle brackets and in order, because
/// threading compares ids, not header text. Comments, commas and obsolete
/// phrases ("Your message of ...") between ids are ignored; a value with no
/// brackets at all falls back to its whitespace-separated tokens that look
/// like ids (contain "@").
public enum MessageIDList {
    public static func parse(_ value: String) -> [String] {
        let bytes = Array(value.utf8)
        var ids: [String] = []
        var index = 0
        var sawBracket = false
        var withoutComments: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") {
                HeaderParameterParser.skipComment(bytes, &index)
                withoutComments.append(0x20)
                continue
            }
            withoutComments.append(byte)
            if byte == UInt8(ascii: "<") {
                sawBracket = true
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "<") {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: ">") {
                    let inner = bytes[(index + 1)..<end].filter { $0 > 0x20 }
                    if !inner.isEmpty { ids.append(String(decoding: inner, as: UTF8.self)) }
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        if sawBracket { return ids }
        let text = String(decoding: withoutComments, as: UTF8.self)
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" || $0 == "\n" })
            .map(String.init)
            .filter { $0.contains("@") }
    }
}
