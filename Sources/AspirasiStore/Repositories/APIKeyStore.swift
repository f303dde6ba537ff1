import Foundation
import Logging
import PostgresNIO

/// Keys for partner systems and Open311 clients. A key is shown once, when
/// made; the database keeps only its SHA-256, so a leaked backup leaks no key.
public struct APIKeyStore: Sendable {
    public struct Issued: Sendable {
        public let name: String
        public let key: String
    }

    let database: any DatabaseQuerying

    public init(_ database: any DatabaseQuerying) {
        self.database = database
    }

    /// Makes a new key named `name` (names are unique) and returns it.
    public func issue(name: String, logger: Logger = .silent) async throws -> Issued {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 100 else {
            throw StoreError(.configuration, "an API key needs a name of 1 to 100 characters")
        }
        let key = RandomToken.make(prefix: "asp_")
        let inserted = try await database.first(
            """
            INSERT INTO api_keys (name, key_hash, key_prefix)
            VALUES (\(trimmed), sha256(convert_to(\(key), 'UTF8')), \(String(key.prefix(8))))
            ON CONFLICT (name) DO NOTHING
            RETURNING id
            """, as: Int.self, logger: logger)
        guard inserted != nil else { throw StoreError(.configuration, "an API key named \(trimmed) exists already") }
        return Issued(name: trimmed, key: key)
    }

    /// The name of the key, or nil when it is unknown or revoked.
    ///
    /// Noting when a key was last used must never make requests queue on the
    /// key's row: a row another request is updating right now is skipped.
    public func verify(_ key: String, logger: Logger = .silent) async throws -> String? {
        guard key.hasPrefix("asp_"), key.count < 200 else { return nil }
        return try await database.first(
            """
            WITH key AS (
                SELECT id, name FROM api_keys
                WHERE key_hash = sha256(convert_to(\(key), 'UTF8')) AND revoked_at IS NULL
            ), touched AS (
                UPDATE api_keys SET last_used_at = now()
                WHERE id = (SELECT a.id FROM api_keys a JOIN key ON key.id = a.id FOR UPDATE OF a SKIP LOCKED)
            )
            SELECT name FROM key
            """, as: String.self, logger: logger)
    }

    public func revoke(name: String, logger: Logger = .silent) async throws -> Bool {
        try await database.first(
            "UPDATE api_keys SET revoked_at = now() WHERE name = \(name) AND revoked_at IS NULL RETURNING id",
            as: Int.self, logger: logger) != nil
    }
}
