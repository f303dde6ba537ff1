import Foundation
import Logging
import PostgresNIO

/// A key as admins see it: its name and first characters, never the key.
public struct APIKeyListing: Sendable, Equatable {
    public let name: String
    public let prefix: String
    public let createdAt: Date
    public let lastUsedAt: Date?
    public let revokedAt: Date?
}

extension APIKeyStore {
    /// Every key, active ones first, newest first.
    public func list(logger: Logger = .silent) async throws -> [APIKeyListing] {
        var keys: [APIKeyListing] = []
        for try await row in try await database.run(
            """
            SELECT name, key_prefix, created_at, last_used_at, revoked_at FROM api_keys
            ORDER BY revoked_at IS NOT NULL, created_at DESC
            """, logger: logger
        ).decode((String, String, Date, Date?, Date?).self) {
            keys.append(
                APIKeyListing(name: row.0, prefix: row.1, createdAt: row.2, lastUsedAt: row.3, revokedAt: row.4))
        }
        return keys
    }
}
