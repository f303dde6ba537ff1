import Foundation

@testable import EmailAdapter
@testable import MailKit

/// The mail parser meets whatever an IMAP server hands over: any bytes must parse or fail cleanly.
enum EmailTargets {
    static let all: [FuzzTarget] = [
        FuzzTarget(name: "mime") { bytes in
            _ = try? ParsedEmail(bytes: bytes)
            _ = EmailInbound.decode(bytes)
        },
        FuzzTarget(name: "encoded-words") { bytes in
            let decoded = EncodedWordDecoder.decode(String(decoding: bytes, as: UTF8.self))
            // Decoding only ever shortens or keeps text: it never invents unbounded output.
            require(decoded.utf8.count <= max(bytes.count * 4, 16), "encoded words grew from \(bytes.count) bytes")
        },
        FuzzTarget(name: "dates") { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            if let date = RFC5322Date.parse(text) {
                // What we write, we read back to the same second.
                let again = RFC5322Date.parse(RFC5322Date.format(date))
                require(again.map { abs($0.timeIntervalSince(date)) < 1 } ?? false, "RFC 5322 date round trip")
            }
        },
    ]
}
