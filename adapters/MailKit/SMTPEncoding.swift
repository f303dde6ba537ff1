/// Byte-level helpers for SMTP: the DATA transparency procedure, address checks and base64.
enum SMTPEncoding {
    /// Normalises line endings to CRLF (lone LF and lone CR both become CRLF), ends the message with a
    /// CRLF and doubles a "." at the start of every line (RFC 5321 4.5.2), so no line of the message can
    /// be taken for the end-of-data marker. The marker itself (".\r\n") is not included.
    static func dotStuffed(_ data: [UInt8]) -> [UInt8] {
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        let dot = UInt8(ascii: ".")
        var out: [UInt8] = []
        out.reserveCapacity(data.count + data.count / 64 + 2)
        var atLineStart = true
        var index = 0
        while index < data.count {
            let byte = data[index]
            if byte == cr || byte == lf {
                out.append(cr)
                out.append(lf)
                if byte == cr, index + 1 < data.count, data[index + 1] == lf { index += 1 }
                atLineStart = true
            } else {
                if atLineStart, byte == dot { out.append(dot) }
                out.append(byte)
                atLineStart = false
            }
            index += 1
        }
        if !atLineStart {
            out.append(cr)
            out.append(lf)
        }
        return out
    }

    /// Why an envelope address cannot be used, or nil when it can.
    ///
    /// CR/LF would inject commands, `<`/`>` would break out of the path; other control characters and
    /// spaces have no place in a mailbox either. The empty address (the null reverse-path for bounces)
    /// is allowed here; callers reject it as a recipient.
    static func addressProblem(_ address: String) -> String? {
        for byte in address.utf8 {
            if byte < 0x20 || byte == 0x7F { return "control character in address" }
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") { return "'<' or '>' in address" }
            if byte == UInt8(ascii: " ") { return "space in address" }
        }
        if address.utf8.count > 320 { return "address too long" }
        return nil
    }

    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    static func has8Bit(_ data: [UInt8]) -> Bool {
        data.contains { $0 >= 0x80 }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with padding (RFC 4648), as AUTH needs.
    static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
