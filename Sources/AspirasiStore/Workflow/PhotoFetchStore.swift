import AspirasiCore
import Logging
import NIOCore
import PostgresNIO

/// A channel photo a worker has claimed for fetching.
public struct PhotoToFetch: Sendable {
    public let id: Int
    public let url: String
    public let attempts: Int
}

/// The queue of channel photos still to fetch, shared by every hub process
/// (`SKIP LOCKED`; a claim moves `fetch_after` ahead by the lease, so a
/// crashed worker's photo is taken up again after it).
public struct PhotoFetchStore: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    public func claim(limit: Int, leaseSeconds: Double = 120, logger: Logger = .silent) async throws -> [PhotoToFetch] {
        let rows = try await client.query(
            """
            UPDATE report_photos p SET fetch_attempts = p.fetch_attempts + 1,
                   fetch_after = now() + make_interval(secs => \(leaseSeconds)::float8)
            WHERE p.id IN (SELECT id FROM report_photos
                           WHERE bytes IS NULL AND NOT fetch_gave_up AND fetch_after <= now()
                           ORDER BY fetch_after LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            RETURNING p.id, p.original_url, p.fetch_attempts
            """, logger: logger)
        var photos: [PhotoToFetch] = []
        for try await (id, url, attempts) in rows.decode((Int, String?, Int).self) {
            photos.append(PhotoToFetch(id: id, url: url ?? "", attempts: attempts))
        }
        return photos
    }

    public func store(_ id: Int, type: ImageType, bytes: ByteBuffer, logger: Logger = .silent) async throws {
        try await client.query(
            """
            UPDATE report_photos SET content_type = \(type.rawValue), bytes = \(bytes), byte_size = \(bytes.readableBytes),
                   sha256 = sha256(\(bytes)), fetch_error = NULL
            WHERE id = \(id) AND bytes IS NULL
            """, logger: logger)
    }

    /// Tries again after `retryAfterSeconds`, or never (nil).
    public func failed(_ id: Int, reason: String, retryAfterSeconds: Double?, logger: Logger = .silent) async throws {
        try await client.query(
            """
            UPDATE report_photos SET fetch_error = \(reason), fetch_gave_up = \(retryAfterSeconds == nil),
                   fetch_after = now() + make_interval(secs => \(retryAfterSeconds ?? 0)::float8)
            WHERE id = \(id) AND bytes IS NULL
            """, logger: logger)
    }
}
