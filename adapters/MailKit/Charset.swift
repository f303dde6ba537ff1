import Foundation

/// A text charset named by a MIME label, and how to turn bytes in it into a
/// String. Mail in the wild lies about charsets, so decoding never fails:
/// `iso-8859-1` is read as windows-1252 (WHATWG Encoding Standard, so "€"
/// sent by Outlook as 0x80 survives), and unlabelled, `us-ascii` or unknown
/// text is tried as UTF-8 first and read as windows-1252 when that is invalid.
public enum Charset: Sendable, Equatable {
    case utf8
    /// us-ascii and unlabelled text; in practice often 8-bit UTF-8.
    case usASCII
    /// windows-1252, and every iso-8859-1 / latin1 alias.
    case windows1252
    /// iso-8859-15 (latin-9), which moves "€" to 0xA4.
    case iso885915
    /// UTF-16 with a byte-order mark (big-endian without one, RFC 2781).
    case utf16
    case utf16BigEndian
    case utf16LittleEndian
    case utf32
    case utf32BigEndian
    case utf32LittleEndian
    /// Charsets that Foundation on Linux does decode correctly; checked in tests.
    case iso88592
    case windows1250
    case windows1251
    case shiftJIS
    case iso2022JP
    /// Anything else, with its normalised label; decoded like `usASCII`.
    case unknown(String)

    private static let aliases: [String: Charset] = [
        "utf-8": .utf8, "utf8": .utf8, "unicode-1-1-utf-8": .utf8, "x-unicode20utf8": .utf8,
        "us-ascii": .usASCII, "ascii": .usASCII, "ansi_x3.4-1968": .usASCII, "us": .usASCII,
        "iso-8859-1": .windows1252, "iso8859-1": .windows1252, "iso_8859-1": .windows1252,
        "iso_8859-1:1987": .windows1252, "latin1": .windows1252, "latin-1": .windows1252,
        "l1": .windows1252, "cp819": .windows1252, "ibm819": .windows1252, "iso-ir-100": .windows1252,
        "windows-1252": .windows1252, "cp1252": .windows1252, "x-cp1252": .windows1252,
        "iso-8859-15": .iso885915, "iso8859-15": .iso885915, "iso_8859-15": .iso885915,
        "latin-9": .iso885915, "latin9": .iso885915, "l9": .iso885915,
        "utf-16": .utf16, "utf16": .utf16, "utf-16be": .utf16BigEndian, "utf-16le": .utf16LittleEndian,
        "utf-32": .utf32, "utf32": .utf32, "utf-32be": .utf32BigEndian, "utf-32le": .utf32LittleEndian,
        "iso-8859-2": .iso88592, "iso8859-2": .iso88592, "iso_8859-2": .iso88592, "latin2": .iso88592,
        "l2": .iso88592, "windows-1250": .windows1250, "cp1250": .windows1250,
        "windows-1251": .windows1251, "cp1251": .windows1251,
        "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "sjis": .shiftJIS, "ms_kanji": .shiftJIS,
        "iso-2022-jp": .iso2022JP,
    ]

    /// Interprets a label from a `charset` parameter or an encoded word.
    /// Quotes, surrounding space, case and an RFC 2231 language suffix
    /// (`utf-8*id`) are ignored.
    public init(label: String) {
        var normalized = label.trimmingASCIIWhitespace().lowercased()
        if normalized.hasPrefix("\"") && normalized.hasSuffix("\"") && normalized.count >= 2 {
            normalized = String(normalized.dropFirst().dropLast())
        }
        if let star = normalized.firstIndex(of: "*") {
            normalized = String(normalized[..<star])
        }
        self = Self.aliases[normalized] ?? .unknown(normalized)
    }

    /// Decodes `bytes`; never fails (invalid sequences become U+FFFD or fall back).
    public func decode(_ bytes: some Collection<UInt8>) -> String {
        switch self {
        case .utf8:
            return Self.stripBOM(String(decoding: bytes, as: UTF8.self))
        case .usASCII, .unknown:
            return Self.decodeUnlabelled(bytes)
        case .windows1252:
            return SingleByteTables.decodeWindows1252(bytes)
        case .iso885915:
            return SingleByteTables.decodeISO885915(bytes)
        case .utf16, .utf16BigEndian, .utf16LittleEndian:
            return WideUnicodeDecoder.decodeUTF16(Array(bytes), charset: self)
        case .utf32, .utf32BigEndian, .utf32LittleEndian:
            return WideUnicodeDecoder.decodeUTF32(Array(bytes), charset: self)
        case .iso88592:
            return Self.viaFoundation(bytes, .isoLatin2)
        case .windows1250:
            return Self.viaFoundation(bytes, .windowsCP1250)
        case .windows1251:
            return Self.viaFoundation(bytes, .windowsCP1251)
        case .shiftJIS:
            return Self.viaFoundation(bytes, .shiftJIS)
        case .iso2022JP:
            return Self.viaFoundation(bytes, .iso2022JP)
        }
    }

    /// Text with no trustworthy label: UTF-8 when the bytes are valid UTF-8,
    /// else windows-1252, which maps every byte and so never loses data.
    public static func decodeUnlabelled(_ bytes: some Collection<UInt8>) -> String {
        if isValidUTF8(bytes) {
            return stripBOM(String(decoding: bytes, as: UTF8.self))
        }
        return SingleByteTables.decodeWindows1252(bytes)
    }

    static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var codec = UTF8()
        while true {
            switch codec.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func stripBOM(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    private static func viaFoundation(_ bytes: some Collection<UInt8>, _ encoding: String.Encoding) -> String {
        String(data: Data(bytes), encoding: encoding) ?? decodeUnlabelled(bytes)
    }
}
