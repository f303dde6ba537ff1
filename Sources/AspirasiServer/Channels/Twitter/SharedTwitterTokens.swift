import AspirasiStore
import ChannelKit
import Foundation
import Logging
import TwitterAdapter

/// X access tokens shared by every hub through `channel_oauth_tokens`. X rotates refresh tokens:
/// each one is single-use and the refresh answer carries the next
/// (https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/authorization-code), so a
/// refresh runs under the row's lock, and a hub that waited for it takes the token the other hub
/// stored instead of spending the (already spent) refresh token again. Tokens are renewed five
/// minutes before they expire, and on a 401.
public actor SharedTwitterTokens: TwitterAccessTokens {
    static let channel = "twitter"
    /// How long before its expiry a token is renewed.
    static let margin: TimeInterval = 300

    let store: OAuthTokenStore
    let endpoint: TwitterTokenEndpoint
    let initialRefreshToken: String
    let logger: Logger
    private var cached: (token: String, expiresAt: Date)?
    private var seeded = false

    public init(store: OAuthTokenStore, endpoint: TwitterTokenEndpoint, initialRefreshToken: String, logger: Logger) {
        self.store = store
        self.endpoint = endpoint
        self.initialRefreshToken = initialRefreshToken
        self.logger = logger
    }

    public func current() async throws(SendFailure) -> String {
        if let cached, Self.isFresh(cached.expiresAt) { return cached.token }
        do {
            try await seed()
            if let stored = try await store.tokens(Self.channel, logger: logger), let token = stored.accessToken,
                let expiry = stored.accessExpiresAt, Self.isFresh(expiry)
            {
                cached = (token, expiry)
                return token
            }
        } catch {
            throw .transient("X's tokens could not be read from the database: \(type(of: error))")
        }
        return try await refreshed(rejected: nil)
    }

    public func renew(rejected: String) async throws(SendFailure) -> String {
        try await refreshed(rejected: rejected)
    }

    /// Refreshes under the row lock, unless the row already holds a fresh token other than `rejected`.
    private func refreshed(rejected: String?) async throws(SendFailure) -> String {
        let endpoint = self.endpoint
        let tokens: OAuthTokenStore.Tokens
        do {
            try await seed()
            tokens = try await store.refreshing(Self.channel, logger: logger) { locked in
                if let token = locked.accessToken, token != rejected, let expiry = locked.accessExpiresAt,
                    Self.isFresh(expiry)
                {
                    return nil
                }
                let grant = try await endpoint.refresh(locked.refreshToken)
                return .init(
                    refreshToken: grant.refreshToken, accessToken: grant.accessToken, accessExpiresAt: grant.expiresAt)
            }
        } catch let failure as SendFailure {
            logger.warning("X token refresh failed", metadata: ["error": "\(failure)"])
            throw failure
        } catch {
            throw .transient("X's tokens could not be locked or stored: \(type(of: error))")
        }
        guard let token = tokens.accessToken, let expiry = tokens.accessExpiresAt else {
            throw .transient("no X access token after the refresh")
        }
        cached = (token, expiry)
        return token
    }

    /// The configured refresh token goes in only while the database has none (first start).
    private func seed() async throws {
        guard !seeded else { return }
        try await store.seed(Self.channel, refreshToken: initialRefreshToken, logger: logger)
        seeded = true
    }

    static func isFresh(_ expiry: Date, now: Date = Date()) -> Bool {
        expiry.timeIntervalSince(now) > margin
    }
}
