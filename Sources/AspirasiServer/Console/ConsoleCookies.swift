import Crypto
import Foundation
import Hummingbird

/// The console's cookies: the session, the sign-in form's pre-session token, and a flash message.
/// All are HttpOnly and SameSite=Lax, scoped to `/console`, and `Secure` when the hub is told it is
/// reached over HTTPS (`ASPIRASI_PUBLIC_HTTPS`).
struct ConsoleCookies: Sendable {
    static let session = "aspirasi_session"
    static let preLogin = "aspirasi_login"
    static let flash = "aspirasi_flash"

    let secure: Bool

    func make(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/console", secure: secure, httpOnly: true,
            sameSite: .lax)
    }

    /// Tells the browser to forget a cookie.
    func expired(_ name: String) -> Cookie {
        make(name, "", maxAge: 0)
    }

    /// 32 random bytes, base64url: the sign-in form's pre-session secret.
    static func randomSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return base64url(Data(bytes))
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The CSRF token of a session (or of a sign-in form's pre-session token): an HMAC keyed by that
    /// secret, so every hub replica derives the same one without storing it, and knowing the CSRF
    /// token (it is in every page) tells nothing about the cookie it came from.
    static func csrfToken(for secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("aspirasi console csrf".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return base64url(Data(mac))
    }
}
