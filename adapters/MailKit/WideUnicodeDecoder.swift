/// UTF-16 and UTF-32 decoding done by hand so that byte order, a byte-order
/// mark and a truncated final unit are all handled the same way on every
/// platform; broken input yields U+FFFD rather than nil.
enum WideUnicodeDecoder {
    static func decodeUTF16(_ bytes: [UInt8], charset: Charset) -> String {
        var start = 0
        var bigEndian = charset != .utf16LittleEndian
        if bytes.count >= 2 {
            if bytes[0] == 0xFE && bytes[1] == 0xFF {
                bigEndian = true
                start = 2
            } else if bytes[0] == 0xFF && bytes[1] == 0xFE {
                bigEndian = false
                start = 2
            }
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = start
        while index + 1 < bytes.count {
            let high = UInt16(bytes[index])
            let low = UInt16(bytes[index + 1])
            units.append(bigEndian ? (high << 8 | low) : (low << 8 | high))
            index += 2
        }
        var text = String(decoding: units, as: UTF16.self)
        if index < bytes.count {
            text.unicodeScalars.append("\u{FFFD}")
        }
        return text
    }

    static func decodeUTF32(_ bytes: [UInt8], charset: Charset) -> String {
        var start = 0
        var bigEndian = charset != .utf32LittleEndian
        if bytes.count >= 4 {
            if bytes[0...3].elementsEqual([0x00, 0x00, 0xFE, 0xFF]) {
                bigEndian = true
                start = 4
            } else if bytes[0...3].elementsEqual([0xFF, 0xFE, 0x00, 0x00]) {
                bigEndian = false
                start = 4
            }
        }
        var scalars = String.UnicodeScalarView()
        var index = start
        while index + 3 < bytes.count {
            let group = bytes[index...(index + 3)].map(UInt32.init)
            let value =
                bigEndian
                ? (group[0] << 24 | group[1] << 16 | group[2] << 8 | group[3])
                : (group[3] << 24 | group[2] << 16 | group[1] << 8 | group[0])
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            index += 4
        }
        if index < bytes.count {
            scalars.append("\u{FFFD}")
        }
        return String(scalars)
    }
}
