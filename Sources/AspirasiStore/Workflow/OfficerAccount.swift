import AspirasiCore
import Foundation

/// An account as admins see it: never its password hash.
public struct OfficerAccount: Codable, Sendable, Equatable {
    public let username: String
    public let displayName: String
    public let unit: String
    public let role: Role
    public let createdAt: Date
    /// Since when the account may not sign in; nil while it is enabled.
    public let disabledAt: Date?
    /// Sessions and API tokens that still work.
    public let liveTokens: Int

    /// The columns `init(row:)` reads, in order, from `officers o`.
    static let columns = """
        o.username, o.display_name, o.unit_code, o.role, o.created_at, o.disabled_at,
        (SELECT count(*) FROM officer_tokens t WHERE t.officer_id = o.id AND t.revoked_at IS NULL
           AND (t.expires_at IS NULL OR t.expires_at > now()))::int
        """
    typealias Row = (String, String, String, String, Date, Date?, Int32)

    init?(row: Row) {
        guard let role = Role(rawValue: row.3) else { return nil }
        (username, displayName, unit, self.role, createdAt, disabledAt, liveTokens) = (
            row.0, row.1, row.2, role, row.4, row.5, Int(row.6)
        )
    }
}

/// One of an officer's working tokens (a session or a named API token), never the token itself.
public struct OfficerTokenView: Codable, Sendable, Equatable {
    public let id: Int
    public let kind: String
    public let name: String?
    public let createdAt: Date
    public let expiresAt: Date?
    public let lastUsedAt: Date?
}
