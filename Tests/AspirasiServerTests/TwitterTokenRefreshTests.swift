import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelFakes
import ChannelKit
import Foundation
import PostgresNIO
import Testing
import TwitterAdapter

/// X's user-context access tokens live two hours and are renewed with a single-use, rotating
/// refresh token (https://docs.x.com/resources/fundamentals/authentication/oauth-2-0/authorization-code),
/// kept in PostgreSQL and shared by every hub.
@Suite struct TwitterTokenRefreshTests {
    func tokens(_ hub: LiveHub, _ base: String, initial: String = "refresh-0") -> SharedTwitterTokens {
        let endpoint = TwitterTokenEndpoint(
            apiBase: base, clientID: "x-client", clientSecret: "x-secret", client: .shared)
        return SharedTwitterTokens(
            store: OAuthTokenStore(hub.database), endpoint: endpoint, initialRefreshToken: initial, logger: .quiet)
    }

    func message(_ number: Int) -> OutgoingMessage {
        OutgoingMessage(
            deliveryID: number, channel: .twitter, recipient: "777", threadKey: "1850000000000000001",
            text: "Aspirasi #2611-000001\(number): Laporan diterima.", idempotencyKey: "k\(number)")
    }

    /// Two hubs (two senders sharing one database) needing a token at the same moment: one refresh
    /// reaches X, the other hub takes the token it stored, and both keep sending.
    @Test func twoHubsRefreshingAtOnceSpendTheRefreshTokenOnce() async throws {
        let fake = FakeXOAuth()
        try await withLiveFake(fake.router()) { base in
            try await withLiveHub { hub in
                let first = TwitterSender(apiBase: base, tokens: tokens(hub, base), client: .shared)
                let second = TwitterSender(apiBase: base, tokens: tokens(hub, base), client: .shared)
                async let one = first.send(message(1))
                async let two = second.send(message(2))
                let receipts = try await [one, two]
                #expect(Set(receipts.map(\.providerID)).count == 2)
                #expect(await fake.refreshRequests == ["refresh-0"])
                _ = try await first.send(message(3))
                _ = try await second.send(message(4))
                #expect(await fake.refreshRequests.count == 1)
                #expect(await fake.apiCalls.allSatisfy { $0 == "Bearer access-1" })
                let stored = try await hub.count(
                    """
                    SELECT count(*) FROM channel_oauth_tokens WHERE channel = 'twitter' AND refresh_token = 'refresh-1'
                    AND access_token = 'access-1' AND refresh_count = 1
                    """)
                #expect(stored == 1)
                // A hub started later with the (spent) configured token uses the stored one.
                let third = TwitterSender(apiBase: base, tokens: tokens(hub, base), client: .shared)
                _ = try await third.send(message(5))
                #expect(await fake.refreshRequests.count == 1)
            }
        }
    }

    /// A 401 (X revoked or expired the token early) renews it once and sends again.
    @Test func a401RenewsTheTokenOnceAndRetries() async throws {
        let fake = FakeXOAuth()
        try await withLiveFake(fake.router()) { base in
            try await withLiveHub { hub in
                let sender = TwitterSender(apiBase: base, tokens: tokens(hub, base), client: .shared)
                _ = try await sender.send(message(1))
                await fake.revoke("access-1")
                let receipt = try await sender.send(message(2))
                #expect(!receipt.providerID.isEmpty)
                #expect(await fake.refreshRequests == ["refresh-0", "refresh-1"])
                #expect(await fake.apiCalls == ["Bearer access-1", "Bearer access-1", "Bearer access-2"])
            }
        }
    }

    /// A token about to expire is renewed before it is used, without a 401 first.
    @Test func aTokenIsRenewedBeforeItExpires() async throws {
        let fake = FakeXOAuth()
        try await withLiveFake(fake.router()) { base in
            try await withLiveHub { hub in
                _ = try await TwitterSender(apiBase: base, tokens: tokens(hub, base), client: .shared).send(message(1))
                try await hub.database.query(
                    "UPDATE channel_oauth_tokens SET access_expires_at = now() + interval '1 minute'")
                _ = try await TwitterSender(apiBase: base, tokens: tokens(hub, base), client: .shared).send(message(2))
                #expect(await fake.refreshRequests == ["refresh-0", "refresh-1"])
                #expect(await fake.apiCalls == ["Bearer access-1", "Bearer access-2"])
            }
        }
    }
}
