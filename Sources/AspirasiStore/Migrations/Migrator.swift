import Logging
import PostgresNIO

/// Applies pending migrations, each in its own transaction.
///
/// Several hub replicas may start at once: an advisory lock taken inside each
/// transaction makes them queue, and the one that comes second finds the
/// migration recorded and skips it.
public struct Migrator: Sendable {
    /// An arbitrary constant shared by every Aspirasi process ("ASPI").
    static let advisoryLockKey: Int64 = 0x4153_5049
    public let migrations: [Migration]

    public init(migrations: [Migration] = Schema.migrations) {
        self.migrations = migrations
    }

    /// Applies what is pending and returns the names it applied.
    @discardableResult
    public func migrate(_ client: PostgresClient, logger: Logger) async throws -> [String] {
        try await requirePostGIS(client)
        // CREATE TABLE IF NOT EXISTS is not safe against a concurrent twin: take the lock first.
        try await client.transaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.advisoryLockKey))", logger: logger)
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
        }
        var applied: [String] = []
        for migration in migrations where try await apply(migration, client, logger: logger) {
            applied.append(migration.name)
        }
        return applied
    }

    /// The names of the migrations not yet applied.
    public func pending(_ client: PostgresClient) async throws -> [String] {
        let done = try await appliedNames(client)
        return migrations.map(\.name).filter { !done.contains($0) }
    }

    private func apply(_ migration: Migration, _ client: PostgresClient, logger: Logger) async throws -> Bool {
        let name = migration.name
        do {
            return try await client.transaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.advisoryLockKey))", logger: logger)
                let rows = try await connection.query(
                    "SELECT 1 FROM schema_migrations WHERE name = \(name)", logger: logger)
                for try await _ in rows { return false }
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO schema_migrations (name) VALUES (\(name))", logger: logger)
                logger.info("applied migration", metadata: ["migration": "\(name)"])
                return true
            }
        } catch let error as PostgresTransactionError {
            let cause = error.closureError ?? error.beginError ?? error.commitError
            throw StoreError(
                .migration, "migration \(name) failed and was rolled back: \(cause.map(describe) ?? "\(error)")")
        }
    }

    private func appliedNames(_ client: PostgresClient) async throws -> Set<String> {
        let exists = try await client.query("SELECT to_regclass('schema_migrations') IS NOT NULL")
        for try await present in exists.decode(Bool.self) where !present { return [] }
        var names: Set<String> = []
        for try await name in try await client.query("SELECT name FROM schema_migrations").decode(String.self) {
            names.insert(name)
        }
        return names
    }

    private func requirePostGIS(_ client: PostgresClient) async throws {
        let rows = try await client.query("SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'")
        for try await count in rows.decode(Int.self) where count == 0 {
            throw StoreError(
                .missingSoftware,
                "PostGIS is not installed on the database server: install the Debian package postgresql-15-postgis-3 there"
            )
        }
    }
}

/// The server's own message for a PostgreSQL error, which `PSQLError` hides by default.
func describe(_ error: any Error) -> String {
    if let psql = error as? PSQLError, let message = psql.serverInfo?[.message] {
        return message
    }
    return String(describing: error)
}
