import Logging
import PostgresNIO

/// Raw payloads are kept for the record (what a provider really sent) only
/// for a while; after that the message keeps its text, photos and report,
/// and its raw bytes are cleared. Batches lock their rows `SKIP LOCKED`, so
/// several hubs clearing at once never wait on each other or clear twice.
public struct RawPayloadRetention: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    /// Clears up to `limit` raw payloads received more than `days` days ago, oldest first; returns how many.
    public func clear(olderThanDays days: Int, limit: Int, logger: Logger = .silent) async throws -> Int {
        try await client.first(
            """
            WITH cleared AS (
                UPDATE inbound_messages SET raw_payload = NULL, raw_cleared_at = now()
                WHERE id IN (SELECT id FROM inbound_messages
                             WHERE raw_payload IS NOT NULL
                               AND received_at < now() - make_interval(days => \(days)::int)
                             ORDER BY received_at LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                RETURNING id
            )
            SELECT count(*) FROM cleared
            """, as: Int.self, logger: logger) ?? 0
    }
}
