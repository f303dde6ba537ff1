import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// What admins (over the API, within their scope) and operators (from the command line) do to
/// accounts. Deciding who may touch which account is the caller's business; these only act.
extension OfficerStore {
    /// The accounts of `units` (nil: every unit), by unit and username.
    public func accounts(in units: [String]?, logger: Logger = .silent) async throws -> [OfficerAccount] {
        let rows = try await database.run(
            """
            SELECT \(unescaped: OfficerAccount.columns) FROM officers o
            WHERE \(units == nil) OR o.unit_code = ANY(\(units ?? [])::text[])
            ORDER BY o.unit_code, o.username
            """, logger: logger)
        var accounts: [OfficerAccount] = []
        for try await row in rows.decode(OfficerAccount.Row.self) {
            if let account = OfficerAccount(row: row) { accounts.append(account) }
        }
        return accounts
    }

    /// The account named `username`, enabled or not.
    public func account(named username: String, logger: Logger = .silent) async throws -> OfficerAccount? {
        let row = try await database.first(
            "SELECT \(unescaped: OfficerAccount.columns) FROM officers o WHERE o.username = \(username.lowercased())",
            as: OfficerAccount.Row.self, logger: logger)
        return row.flatMap(OfficerAccount.init(row:))
    }

    /// Stops the account at once: it cannot sign in, and every session and API token it has is
    /// revoked (enabling it again brings none of them back). Disabling a disabled account keeps
    /// the first time and admin. Returns how many tokens were revoked; nil when there is no such account.
    public func disable(_ username: String, by admin: Officer?, logger: Logger = .silent) async throws -> Int? {
        try await database.first(
            """
            WITH target AS (
                UPDATE officers SET disabled_at = coalesce(disabled_at, now()),
                       disabled_by = CASE WHEN disabled_at IS NULL THEN \(admin?.id)::bigint ELSE disabled_by END
                WHERE username = \(username.lowercased()) RETURNING id
            ), revoked AS (
                UPDATE officer_tokens SET revoked_at = now()
                WHERE officer_id IN (SELECT id FROM target) AND revoked_at IS NULL RETURNING 1
            )
            SELECT (SELECT count(*) FROM revoked)::int FROM target
            """, as: Int.self, logger: logger)
    }

    /// Lets the account sign in again, and lifts a sign-in lock on its name. False: no such account.
    public func enable(_ username: String, logger: Logger = .silent) async throws -> Bool {
        let name = username.lowercased()
        let found = try await database.first(
            """
            WITH target AS (
                UPDATE officers SET disabled_at = NULL, disabled_by = NULL WHERE username = \(name) RETURNING id
            ), unlocked AS (
                DELETE FROM login_attempts
                WHERE kind = 'username' AND key = \(LoginThrottle.usernameKey(name)) AND EXISTS (SELECT 1 FROM target)
            )
            SELECT id FROM target
            """, as: Int.self, logger: logger)
        return found != nil
    }

    /// Revokes the account's working tokens: all of them, or only the one numbered `id`.
    /// Returns how many were revoked; nil when there is no such account.
    public func revokeTokens(of username: String, id: Int? = nil, logger: Logger = .silent) async throws -> Int? {
        try await database.first(
            """
            WITH target AS (
                SELECT id FROM officers WHERE username = \(username.lowercased())
            ), revoked AS (
                UPDATE officer_tokens SET revoked_at = now()
                WHERE officer_id IN (SELECT id FROM target) AND revoked_at IS NULL
                  AND (\(id)::bigint IS NULL OR id = \(id)::bigint)
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM revoked)::int FROM target
            """, as: Int.self, logger: logger)
    }

    /// The account's working sessions and API tokens, newest first; nil when there is no such account.
    public func tokens(of username: String, logger: Logger = .silent) async throws -> [OfficerTokenView]? {
        guard try await account(named: username, logger: logger) != nil else { return nil }
        let rows = try await database.run(
            """
            SELECT t.id, t.kind, t.name, t.created_at, t.expires_at, t.last_used_at
            FROM officer_tokens t JOIN officers o ON o.id = t.officer_id
            WHERE o.username = \(username.lowercased()) AND t.revoked_at IS NULL
              AND (t.expires_at IS NULL OR t.expires_at > now())
            ORDER BY t.id DESC
            """, logger: logger)
        var tokens: [OfficerTokenView] = []
        for try await row in rows.decode((Int, String, String?, Date, Date?, Date?).self) {
            tokens.append(
                OfficerTokenView(
                    id: row.0, kind: row.1, name: row.2, createdAt: row.3, expiresAt: row.4, lastUsedAt: row.5))
        }
        return tokens
    }

    /// Sets a new password (already hashed). Its sessions end, since whoever knew the old password
    /// may hold one, and a sign-in lock on its name is lifted; named API tokens stay (revoke them
    /// separately). False: no such account.
    public func setPasswordHash(_ hash: String, of username: String, logger: Logger = .silent) async throws -> Bool {
        let name = username.lowercased()
        let found = try await database.first(
            """
            WITH target AS (
                UPDATE officers SET password_hash = \(hash) WHERE username = \(name) RETURNING id
            ), ended AS (
                UPDATE officer_tokens SET revoked_at = now()
                WHERE officer_id IN (SELECT id FROM target) AND kind = 'session' AND revoked_at IS NULL
            ), unlocked AS (
                DELETE FROM login_attempts
                WHERE kind = 'username' AND key = \(LoginThrottle.usernameKey(name)) AND EXISTS (SELECT 1 FROM target)
            )
            SELECT id FROM target
            """, as: Int.self, logger: logger)
        return found != nil
    }
}
