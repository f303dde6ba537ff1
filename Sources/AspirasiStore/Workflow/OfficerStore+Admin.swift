import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// An account as admins see it: never its password hash.
public struct OfficerAccount: Sendable, Equatable {
    public let officer: Officer
    public let active: Bool
    public let createdAt: Date
}

extension OfficerStore {
    /// Every account, by unit then username.
    public func accounts(logger: Logger = .silent) async throws -> [OfficerAccount] {
        var accounts: [OfficerAccount] = []
        for try await row in try await database.run(
            """
            SELECT id, username, display_name, unit_code, role, active, created_at FROM officers
            ORDER BY unit_code, username
            """, logger: logger
        ).decode((Int, String, String, String, String, Bool, Date).self) {
            guard let role = Role(rawValue: row.4) else { continue }
            accounts.append(
                OfficerAccount(
                    officer: Officer(id: row.0, username: row.1, displayName: row.2, unitCode: row.3, role: role),
                    active: row.5, createdAt: row.6))
        }
        return accounts
    }

    /// Disables or re-enables an account; disabling ends its sessions and API tokens at once.
    /// False when there is no such account.
    public func setActive(_ username: String, _ active: Bool, logger: Logger = .silent) async throws -> Bool {
        try await database.first(
            """
            WITH account AS (
                UPDATE officers SET active = \(active) WHERE username = \(username.lowercased()) RETURNING id
            ), ended AS (
                UPDATE officer_tokens SET revoked_at = now()
                WHERE NOT \(active) AND revoked_at IS NULL AND officer_id IN (SELECT id FROM account)
            )
            SELECT id FROM account
            """, as: Int.self, logger: logger) != nil
    }

    /// A new password hash for an account; its sessions end (API tokens stay: they are the integrations').
    /// False when there is no such account.
    public func resetPassword(_ username: String, passwordHash: String, logger: Logger = .silent) async throws -> Bool {
        try await database.first(
            """
            WITH account AS (
                UPDATE officers SET password_hash = \(passwordHash) WHERE username = \(username.lowercased())
                RETURNING id
            ), ended AS (
                UPDATE officer_tokens SET revoked_at = now()
                WHERE kind = 'session' AND revoked_at IS NULL AND officer_id IN (SELECT id FROM account)
            )
            SELECT id FROM account
            """, as: Int.self, logger: logger) != nil
    }
}
