/// Which field, parameter and header names hold a credential: API keys,
/// tokens, passwords, signatures, session cookies. Raw payloads are stored
/// for the record, and a credential in one would be a secret at rest.
///
/// A name is compared in a normal form (ASCII letters and digits only, lower
/// case), so `api_key`, `Api-Key`, `apiKey` and `hub.verify_token` all meet
/// their entry. Migration 0020 has the same rules in SQL
/// (`aspirasi_is_credential_name`); a test keeps the two in agreement.
public enum CredentialNames {
    /// Names that are a credential only when they are the whole name (`key`, not `monkey`).
    static let exact: Set<String> = [
        "key", "pass", "pwd", "sig", "auth", "hmac", "cookie", "setcookie", "accountsid",
    ]
    /// Endings that make any name a credential (`access_token`, `client_secret`, `x-api-key`).
    static let endings = [
        "token", "secret", "password", "passwd", "passphrase", "apikey", "accesskey", "privatekey", "signature",
        "credential", "credentials", "authorization",
    ]
    /// Signatures that are public by design and prove where a mail came from: kept.
    static let publicSignatures: Set<String> = ["dkimsignature", "arcmessagesignature", "arcseal"]

    public static func isCredential(_ name: some StringProtocol) -> Bool {
        let normal = normalised(name)
        guard !normal.isEmpty, !publicSignatures.contains(normal) else { return false }
        return exact.contains(normal) || endings.contains { normal.hasSuffix($0) }
    }

    static func normalised(_ name: some StringProtocol) -> String {
        let kept = name.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
            default: nil
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
