import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore
import NIOHTTP1

/// Where the X sender and poller get their user-context OAuth 2.0 access token. Such a token
/// lives two hours unless renewed with the refresh token `offline.access` grants
/// (https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/authorization-code:
/// "the access token you create through the Authorization Code Flow with PKCE will only stay
/// valid for two hours unless you've used the offline.access scope").
public protocol TwitterAccessTokens: Sendable {
    /// A token believed valid now (renewed first if it is about to expire).
    func current() async throws(SendFailure) -> String
    /// X answered 401 to `rejected`: a new token (or the one another hub got meanwhile).
    func renew(rejected: String) async throws(SendFailure) -> String
}

/// A token from configuration that cannot be renewed: a 401 needs an operator.
public struct FixedAccessToken: TwitterAccessTokens {
    let token: String

    public init(_ token: String) { self.token = token }

    public func current() async throws(SendFailure) -> String { token }

    public func renew(rejected: String) async throws(SendFailure) -> String {
        throw .permanent("X refused the access token and no refresh token is configured (ASPIRASI_X_REFRESH_TOKEN)")
    }
}

extension TwitterAccessTokens {
    /// Makes a call with the current token and, on a 401, once more with a renewed one.
    func authorized(
        _ call: (String) async throws(SendFailure) -> ProviderAnswer
    ) async throws(SendFailure) -> ProviderAnswer {
        let token = try await current()
        let answer = try await call(token)
        guard answer.status == 401 else { return answer }
        return try await call(try await renew(rejected: token))
    }
}

/// What X's token endpoint gave: a new access token, its lifetime, and the next refresh
/// token (X rotates it: the one just used is spent).
public struct TwitterTokenGrant: Sendable, Equatable {
    public let accessToken: String
    public let refreshToken: String
    public let expiresAt: Date

    public init(accessToken: String, refreshToken: String, expiresAt: Date) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
    }
}

/// X's OAuth 2.0 token endpoint, for the refresh grant: `POST /2/oauth2/token`, form-encoded
/// `grant_type=refresh_token&refresh_token=…&client_id=…`; a confidential client (one with a
/// client secret) authenticates with HTTP Basic `client_id:client_secret`
/// (https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/user-access-token,
/// "Working with confidential clients").
public struct TwitterTokenEndpoint: Sendable {
    public let apiBase: String
    let clientID: String
    let clientSecret: String?
    let client: HTTPClient
    let timeout: TimeAmount

    public init(
        apiBase: String = "https://api.x.com", clientID: String, clientSecret: String?, client: HTTPClient,
        timeout: TimeAmount = .seconds(15)
    ) {
        self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.client = client
        self.timeout = timeout
    }

    /// Spends `refreshToken` for a new grant. A 400/401 (`invalid_grant`: spent, revoked or
    /// expired) needs an operator to authorise the app again; 5xx and network failures are transient.
    public func refresh(_ refreshToken: String, now: Date = Date()) async throws(SendFailure) -> TwitterTokenGrant {
        var request = HTTPClientRequest(url: "\(apiBase)/2/oauth2/token")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        if let clientSecret {
            let credentials = Data("\(clientID):\(clientSecret)".utf8).base64EncodedString()
            request.headers.add(name: "Authorization", value: "Basic \(credentials)")
        }
        let form = [("grant_type", "refresh_token"), ("refresh_token", refreshToken), ("client_id", clientID)]
        request.body = .bytes(ByteBuffer(string: form.map { "\($0)=\(Self.formEncoded($1))" }.joined(separator: "&")))
        let answer = try await ProviderHTTP.send(request, client: client, timeout: timeout)
        switch answer.status {
        case 200..<300:
            let json = answer.json
            guard let access = json?["access_token"] as? String, let next = json?["refresh_token"] as? String else {
                throw .transient("X's token endpoint answered without an access and a refresh token")
            }
            // X documents two hours; the answer says how long exactly.
            let lifetime = (json?["expires_in"] as? NSNumber)?.doubleValue ?? 7_200
            return TwitterTokenGrant(
                accessToken: access, refreshToken: next, expiresAt: now.addingTimeInterval(lifetime))
        case 429:
            throw .rateLimited(until: ProviderHTTP.resetTime(answer.headers) ?? now.addingTimeInterval(900))
        case 400..<500:
            let error = (answer.json?["error"] as? String) ?? "\(answer.status)"
            throw .permanent("X refused the refresh token (\(error)): authorise the app again and set a new one")
        default:
            throw .transient("X's token endpoint failed with \(answer.status)")
        }
    }

    static func formEncoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
