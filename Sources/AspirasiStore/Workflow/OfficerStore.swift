import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// Officer accounts and their tokens. Passwords arrive already hashed
/// (bcrypt, by the server); tokens are random, shown once, stored as SHA-256.
public struct OfficerStore: Sendable {
    /// How long a login session lasts without being used again.
    public static let sessionLifetimeHours = 12

    let database: any DatabaseQuerying

    public init(_ database: any DatabaseQuerying) {
        self.database = database
    }

    /// Creates an account; fails when the username exists or the unit is unknown.
    public func create(
        username: String, displayName: String, unitCode: String, role: Role, passwordHash: String,
        logger: Logger = .silent
    ) async throws -> Officer {
        let name = username.lowercased()
        guard name.wholeMatch(of: /[a-z0-9][a-z0-9._-]{2,63}/) != nil else {
            throw WorkflowError.invalid(
                field: "username", message: "3 to 64 characters: lower-case letters, digits, dot, dash, underscore")
        }
        let unitKnown = try await database.first(
            "SELECT 1 FROM units WHERE code = \(unitCode) AND active", as: Int.self, logger: logger)
        guard unitKnown != nil else {
            throw WorkflowError.invalid(field: "unit", message: "no active unit \(unitCode)")
        }
        let id = try await database.first(
            """
            INSERT INTO officers (username, display_name, unit_code, role, password_hash)
            VALUES (\(name), \(displayName), \(unitCode), \(role.rawValue), \(passwordHash))
            ON CONFLICT (username) DO NOTHING RETURNING id
            """, as: Int.self, logger: logger)
        guard let id else { throw WorkflowError.invalid(field: "username", message: "\(name) exists already") }
        return Officer(id: id, username: name, displayName: displayName, unitCode: unitCode, role: role)
    }

    /// The enabled account named `username` and its password hash, for the server to check.
    public func credentials(of username: String, logger: Logger = .silent) async throws
        -> (officer: Officer, passwordHash: String)?
    {
        guard
            let row = try await database.first(
                """
                SELECT id, username, display_name, unit_code, role, password_hash FROM officers
                WHERE username = \(username.lowercased()) AND disabled_at IS NULL
                """, as: (Int, String, String, String, String, String).self, logger: logger),
            let role = Role(rawValue: row.4)
        else { return nil }
        return (Officer(id: row.0, username: row.1, displayName: row.2, unitCode: row.3, role: role), row.5)
    }

    /// A new token for `officer`: a session that lapses, or a named API token for an integration.
    public func issueToken(for officer: Officer, api name: String? = nil, logger: Logger = .silent) async throws
        -> String
    {
        let token = RandomToken.make(prefix: name == nil ? "ses_" : "oat_")
        let kind = name == nil ? "session" : "api"
        try await database.execute(
            """
            INSERT INTO officer_tokens (officer_id, token_hash, kind, name, expires_at)
            VALUES (\(officer.id), sha256(convert_to(\(token), 'UTF8')), \(kind), \(name)::text,
                    CASE WHEN \(kind) = 'session' THEN now() + make_interval(hours => \(Self.sessionLifetimeHours)::int) END)
            """, logger: logger
        )
        return token
    }

    /// The officer a token belongs to, or nil when it is unknown, expired, revoked or its account disabled.
    /// A session in use is extended; a row another request is touching is skipped, never waited on.
    public func officer(forToken token: String, logger: Logger = .silent) async throws -> Officer? {
        guard token.hasPrefix("ses_") || token.hasPrefix("oat_"), token.count < 200 else { return nil }
        guard
            let row = try await database.first(
                """
                WITH token AS (
                    SELECT t.id, o.id AS officer_id, o.username, o.display_name, o.unit_code, o.role
                    FROM officer_tokens t JOIN officers o ON o.id = t.officer_id
                    WHERE t.token_hash = sha256(convert_to(\(token), 'UTF8')) AND t.revoked_at IS NULL
                      AND (t.expires_at IS NULL OR t.expires_at > now()) AND o.disabled_at IS NULL
                ), touched AS (
                    UPDATE officer_tokens SET last_used_at = now(),
                           expires_at = CASE WHEN kind = 'session'
                                             THEN now() + make_interval(hours => \(Self.sessionLifetimeHours)::int) END
                    WHERE id = (SELECT t.id FROM officer_tokens t JOIN token ON token.id = t.id
                                FOR UPDATE OF t SKIP LOCKED)
                )
                SELECT officer_id, username, display_name, unit_code, role FROM token
                """, as: (Int, String, String, String, String).self, logger: logger),
            let role = Role(rawValue: row.4)
        else { return nil }
        return Officer(id: row.0, username: row.1, displayName: row.2, unitCode: row.3, role: role)
    }

    /// Ends a session or revokes an API token.
    public func revoke(token: String, logger: Logger = .silent) async throws {
        try await database.execute(
            """
            UPDATE officer_tokens SET revoked_at = now()
            WHERE token_hash = sha256(convert_to(\(token), 'UTF8')) AND revoked_at IS NULL
            """, logger: logger
        )
    }
}
