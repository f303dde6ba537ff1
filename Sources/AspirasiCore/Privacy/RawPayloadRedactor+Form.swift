/// Form-encoded bodies and query strings (Open311, Twilio, Kannel's get-url):
/// the value of each credential-named field.
enum FormCredentials {
    static let replacement = Array("%5Bredacted%5D".utf8)

    static func cuts(in bytes: [UInt8]) -> [RawPayloadRedactor.Cut] {
        var cuts: [RawPayloadRedactor.Cut] = []
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.count
            if let equals = bytes[start..<end].firstIndex(of: UInt8(ascii: "=")),
                CredentialNames.isCredential(decodedName(bytes[start..<equals])), equals + 1 < end
            {
                cuts.append(.init(range: (equals + 1)..<end, replacement: replacement))
            }
            start = end + 1
        }
        return cuts
    }

    /// A field name with `+` and `%XX` decoded (`api%5Fkey` is `api_key`).
    static func decodedName(_ encoded: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let byte = encoded[index]
            if byte == UInt8(ascii: "%"), index + 2 < encoded.endIndex,
                let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
