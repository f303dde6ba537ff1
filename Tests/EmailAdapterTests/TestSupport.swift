import Foundation
import Testing

@testable import EmailAdapter
@testable import MailKit

/// Loads the .eml files written by fixtures/make_fixtures.py.
enum EmailFixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "eml", subdirectory: "Fixtures"),
            "missing fixture \(name).eml")
        return [UInt8](try Data(contentsOf: url))
    }

    static func parsed(_ name: String) throws -> ParsedEmail {
        try ParsedEmail(bytes: bytes(name))
    }

    /// The JPEG and PNG bytes make_fixtures.py attaches.
    static let jpeg: [UInt8] =
        hex("FFD8FFE000104A46494600010101004800480000FFDB004300") + (0..<64).map { UInt8($0) } + [0xFF, 0xD9]
    static let png: [UInt8] =
        hex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489")
        + [0x00] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]

    static func hex(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let high = iterator.next(), let low = iterator.next() {
            bytes.append(UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) ?? 0)
        }
        return bytes
    }
}

/// Raw message bytes from lines joined with CRLF (or LF when `crlf` is false).
func mimeBytes(_ lines: [String], crlf: Bool = true) -> [UInt8] {
    Array(lines.joined(separator: crlf ? "\r\n" : "\n").utf8)
}

/// Parses header lines plus a body into a ParsedEmail.
func parsedMail(_ lines: [String], crlf: Bool = true) throws -> ParsedEmail {
    try ParsedEmail(bytes: mimeBytes(lines, crlf: crlf))
}

/// A small deterministic PRNG so fuzz tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
