import Foundation
import Logging
import PostgresNIO

/// A channel's OAuth 2.0 tokens in PostgreSQL (`channel_oauth_tokens`), so that several hubs share
/// one rotating refresh token. A refresh happens inside `refreshing`, under the row's lock: a hub
/// that waited for the lock sees the tokens the other hub stored and need not refresh again.
public struct OAuthTokenStore: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    /// The stored tokens of a channel.
    public struct Tokens: Sendable, Equatable {
        public let refreshToken: String
        public let accessToken: String?
        public let accessExpiresAt: Date?

        public init(refreshToken: String, accessToken: String?, accessExpiresAt: Date?) {
            self.refreshToken = refreshToken
            self.accessToken = accessToken
            self.accessExpiresAt = accessExpiresAt
        }
    }

    /// Stores the configured refresh token, only if the channel has none yet: once a hub has
    /// refreshed, the configured one is spent and the stored one is the truth.
    public func seed(_ channel: String, refreshToken: String, logger: Logger) async throws {
        try await client.query(
            """
            INSERT INTO channel_oauth_tokens (channel, refresh_token) VALUES (\(channel), \(refreshToken))
            ON CONFLICT (channel) DO NOTHING
            """, logger: logger)
    }

    public func tokens(_ channel: String, logger: Logger) async throws -> Tokens? {
        let rows = try await client.query(
            """
            SELECT refresh_token, access_token, access_expires_at FROM channel_oauth_tokens
            WHERE channel = \(channel)
            """, logger: logger)
        for try await (refresh, access, expires) in rows.decode((String, String?, Date?).self) {
            return Tokens(refreshToken: refresh, accessToken: access, accessExpiresAt: expires)
        }
        return nil
    }

    /// Locks the channel's row (`SELECT … FOR UPDATE`), hands its tokens to `refresh`, and stores
    /// what it returns; nil keeps the row as it is (another hub refreshed while this one waited).
    /// The lock is held across the provider call on purpose: the refresh token is single-use.
    public func refreshing(
        _ channel: String, logger: Logger, _ refresh: @escaping @Sendable (Tokens) async throws -> Tokens?
    ) async throws -> Tokens {
        do {
            return try await client.transaction(logger: logger) { db -> Tokens in
                var locked: Tokens?
                for try await (refresh, access, expires) in try await db.run(
                    """
                    SELECT refresh_token, access_token, access_expires_at FROM channel_oauth_tokens
                    WHERE channel = \(channel) FOR UPDATE
                    """, logger: logger
                ).decode((String, String?, Date?).self) {
                    locked = Tokens(refreshToken: refresh, accessToken: access, accessExpiresAt: expires)
                }
                guard let locked else { throw StoreError(.configuration, "no OAuth tokens stored for \(channel)") }
                guard let fresh = try await refresh(locked) else { return locked }
                try await db.execute(
                    """
                    UPDATE channel_oauth_tokens
                    SET refresh_token = \(fresh.refreshToken), access_token = \(fresh.accessToken),
                        access_expires_at = \(fresh.accessExpiresAt), refreshed_at = now(),
                        refresh_count = refresh_count + 1
                    WHERE channel = \(channel)
                    """, logger: logger)
                return fresh
            }
        } catch let error as PostgresTransactionError {
            throw IntakeQueue.unwrap(error)
        }
    }
}
