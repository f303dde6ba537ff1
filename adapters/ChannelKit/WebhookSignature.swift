import Crypto
import Foundation

/// Verifies the HMAC that a provider computed over the raw request bytes.
///
/// Always call it on the bytes exactly as received, before any parsing: Meta,
/// for one, signs its own escaping of non-ASCII text, which re-serialising
/// would change. The comparison runs in constant time.
public enum WebhookSignature {
    public enum Algorithm: Sendable {
        case sha256
        case sha1
    }

    public enum Encoding: Sendable {
        /// Lower- or upper-case hex, as Meta and Discourse send.
        case hex
        /// Standard base64, as X and Twilio send.
        case base64
    }

    /// True when `signature` (with any `prefix` such as "sha256=" removed) is the
    /// HMAC of `payload` under `secret`. Malformed signatures are simply false.
    public static func isValid(
        _ signature: String, prefix: String = "", payload: some DataProtocol, secret: some DataProtocol,
        algorithm: Algorithm = .sha256, encoding: Encoding
    ) -> Bool {
        guard signature.hasPrefix(prefix) else { return false }
        let encoded = signature.dropFirst(prefix.count)
        let decoded: Data? =
            switch encoding {
            case .hex: Data(hex: encoded)
            case .base64: Data(base64Encoded: String(encoded))
            }
        guard let mac = decoded else { return false }
        let key = SymmetricKey(data: Data(secret))
        switch algorithm {
        case .sha256: return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: payload, using: key)
        case .sha1: return HMAC<Insecure.SHA1>.isValidAuthenticationCode(mac, authenticating: payload, using: key)
        }
    }

    /// A stable fingerprint (hex SHA-256), e.g. for an id made from a message's content.
    public static func sha256Hex(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares two secrets (a verify token, a URL token) without stopping at
    /// the first difference. Both are hashed first, so not even the length leaks.
    public static func constantTimeEqual(_ given: [UInt8], _ expected: [UInt8]) -> Bool {
        let left = Array(SHA256.hash(data: given))
        let right = Array(SHA256.hash(data: expected))
        var difference: UInt8 = 0
        for (a, b) in zip(left, right) { difference |= a ^ b }
        return difference == 0
    }

    /// The signature a provider would send, for replies such as X's CRC answer and for test fakes.
    public static func sign(
        _ payload: some DataProtocol, secret: some DataProtocol, algorithm: Algorithm = .sha256, encoding: Encoding
    ) -> String {
        let key = SymmetricKey(data: Data(secret))
        let mac: Data =
            switch algorithm {
            case .sha256: Data(HMAC<SHA256>.authenticationCode(for: payload, using: key))
            case .sha1: Data(HMAC<Insecure.SHA1>.authenticationCode(for: payload, using: key))
            }
        switch encoding {
        case .hex: return mac.map { String(format: "%02x", $0) }.joined()
        case .base64: return mac.base64EncodedString()
        }
    }
}

extension Data {
    /// Nil unless `hex` is an even number of hex digits.
    init?(hex: Substring) {
        guard hex.utf8.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hex.utf8.count / 2)
        var high: UInt8? = nil
        for character in hex.utf8 {
            guard let nibble = Self.nibble(character) else { return nil }
            if let h = high {
                bytes.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        self.init(bytes)
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case 48...57: character - 48
        case 97...102: character - 87
        case 65...70: character - 55
        default: nil
        }
    }
}
