/// Quoted-printable (RFC 2045 section 6.7). Decoding is lenient the way
/// mail clients are: trailing whitespace added in transit is dropped, a
/// broken escape such as "=ZZ" or a lone "=" is kept literally, and lowercase
/// hex is accepted. Encoding is strict so any receiver can read our replies.
public enum QuotedPrintable {
    private static let equals = UInt8(ascii: "=")
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Decodes a body; hard line breaks keep their original CRLF or LF.
    public static func decode(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var lineStart = 0
        while lineStart < input.count {
            let newline = input[lineStart...].firstIndex(of: 0x0A)
            let lineEnd = newline ?? input.count
            var contentEnd = lineEnd
            let hadCR = contentEnd > lineStart && input[contentEnd - 1] == 0x0D
            if hadCR { contentEnd -= 1 }
            while contentEnd > lineStart && (input[contentEnd - 1] == 0x20 || input[contentEnd - 1] == 0x09) {
                contentEnd -= 1
            }
            let softBreak = contentEnd > lineStart && input[contentEnd - 1] == equals
            if softBreak { contentEnd -= 1 }
            decodeLine(input[lineStart..<contentEnd], into: &output)
            if newline != nil && !softBreak {
                if hadCR { output.append(0x0D) }
                output.append(0x0A)
            }
            lineStart = lineEnd + 1
        }
        return output
    }

    private static func decodeLine(_ line: ArraySlice<UInt8>, into output: inout [UInt8]) {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == equals, index + 2 < line.endIndex,
                let high = hexValue(line[index + 1]), let low = hexValue(line[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// Encodes UTF-8 text. Any line break (CRLF, LF or CR) becomes a hard
    /// CRLF break; encoded lines are at most 76 characters with "=" soft
    /// breaks; "=" and non-printable bytes are escaped, and so is whitespace
    /// at the end of a line (transports may strip it). No final CRLF is added.
    public static func encode(_ text: String) -> String {
        var lines: [[UInt8]] = [[]]
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            if byte == 0x0A || byte == 0x0D {
                lines.append([])
            } else {
                lines[lines.count - 1].append(byte)
            }
        }
        return lines.map(encodeLine).joined(separator: "\r\n")
    }

    private static func encodeLine(_ line: [UInt8]) -> String {
        var tokens: [String] = []
        tokens.reserveCapacity(line.count)
        for (offset, byte) in line.enumerated() {
            let isLast = offset == line.count - 1
            let isWhitespace = byte == 0x20 || byte == 0x09
            if (isWhitespace && !isLast) || (byte >= 33 && byte <= 126 && byte != equals) {
                tokens.append(String(UnicodeScalar(byte)))
            } else {
                tokens.append(escape(byte))
            }
        }
        var output = ""
        var length = 0
        for (offset, token) in tokens.enumerated() {
            // Leave room for the "=" of a soft break unless this is the end.
            let limit = offset == tokens.count - 1 ? 76 : 75
            if length + token.count > limit {
                output += "=\r\n"
                length = 0
            }
            output += token
            length += token.count
        }
        return output
    }

    private static func escape(_ byte: UInt8) -> String {
        let high = hexDigits[Int(byte >> 4)]
        let low = hexDigits[Int(byte & 0x0F)]
        return String(decoding: [equals, high, low], as: UTF8.self)
    }
}
