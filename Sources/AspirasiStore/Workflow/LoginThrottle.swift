import Foundation
import Logging
import PostgresNIO

/// Counts sign-in attempts per username and per client address in PostgreSQL, so that every hub
/// behind a load balancer sees the same count, and locks a name or address out for a while once it
/// has failed too often. Every sign-in page (the API's login, a console's) goes through it.
///
/// An attempt is counted before its password is checked and forgiven when it succeeds: many
/// guesses sent at once cannot all slip in before the first failure is recorded.
public struct LoginThrottle: Sendable {
    /// An attempt the throttle let through: its password may now be checked.
    public struct Attempt: Sendable, Equatable {
        let username: String
        let address: String
        /// The most failures either key has in its window, this attempt included.
        public let failures: Int
    }

    /// Whether an attempt may go on.
    public enum Verdict: Sendable, Equatable {
        case proceed(Attempt)
        /// The username or the address is locked; try again after this many seconds.
        case locked(Kind, retryAfterSeconds: Int)
    }

    public enum Kind: String, Sendable {
        case username
        case address
    }

    let database: any DatabaseQuerying
    public let policy: Policy

    public init(_ database: any DatabaseQuerying, policy: Policy = Policy()) {
        self.database = database
        self.policy = policy
    }

    /// The key a username is counted under: case does not matter, and whatever length was sent,
    /// the row stays small (no account name is longer than 64 characters).
    public static func usernameKey(_ username: String) -> String {
        String(username.lowercased().prefix(100))
    }

    /// Counts an attempt of `username` from `address` (a `ClientAddress`-style key), or says which is
    /// locked. The address is counted first: a locked address costs the username nothing.
    public func begin(username: String, address: String, logger: Logger = .silent) async throws -> Verdict {
        // Pruning now and then keeps the table to the keys of the last window, whoever sprays names.
        if Int.random(in: 0..<100) == 0 { try await prune(logger: logger) }
        let byAddress = try await count(.address, address, limit: policy.addressLimit, logger: logger)
        if let wait = byAddress.retryAfter { return .locked(.address, retryAfterSeconds: wait) }
        let name = Self.usernameKey(username)
        let byName = try await count(.username, name, limit: policy.usernameLimit, logger: logger)
        if let wait = byName.retryAfter { return .locked(.username, retryAfterSeconds: wait) }
        return .proceed(
            Attempt(username: name, address: address, failures: max(byAddress.failures, byName.failures)))
    }

    /// The password was right: the username starts afresh, and the address's count loses this attempt.
    public func succeeded(_ attempt: Attempt, logger: Logger = .silent) async throws {
        try await database.execute(
            """
            WITH forgotten AS (
                DELETE FROM login_attempts WHERE kind = 'username' AND key = \(attempt.username)
            )
            UPDATE login_attempts SET failures = greatest(failures - 1, 0)
            WHERE kind = 'address' AND key = \(attempt.address) AND locked_until IS NULL
            """, logger: logger)
    }

    /// One key's attempt, counted under a row lock so concurrent attempts are counted one by one.
    /// A lock that has run out, or a window that has, starts a new count; a key already at its
    /// limit is locked instead of counted.
    func count(_ kind: Kind, _ key: String, limit: Int, logger: Logger) async throws
        -> (failures: Int, retryAfter: Int?)
    {
        let window = policy.window.inSeconds
        let lockout = policy.lockout.inSeconds
        let row = try await database.first(
            """
            INSERT INTO login_attempts AS a (kind, key, failures, window_started_at)
            VALUES (\(kind.rawValue), \(key), 1, now())
            ON CONFLICT (kind, key) DO UPDATE SET (failures, window_started_at, locked_until) = (
                SELECT CASE WHEN s.locked OR s.full THEN a.failures WHEN s.fresh THEN 1 ELSE a.failures + 1 END,
                       CASE WHEN s.fresh THEN now() ELSE a.window_started_at END,
                       CASE WHEN s.locked THEN a.locked_until
                            WHEN s.full THEN now() + make_interval(secs => \(lockout)) END
                FROM (
                    SELECT f.locked, f.fresh, NOT f.locked AND NOT f.fresh AND a.failures >= \(limit) AS full
                    FROM (
                        SELECT coalesce(a.locked_until > now(), false) AS locked,
                               coalesce(a.locked_until <= now(), false)
                               OR (a.locked_until IS NULL
                                   AND a.window_started_at <= now() - make_interval(secs => \(window))) AS fresh
                    ) f
                ) s
            )
            RETURNING failures,
                      -- now() is when the transaction began: one that waited on the row lock may be
                      -- a little older than the lock, hence the upper bound.
                      CASE WHEN locked_until > now()
                           THEN least(greatest(ceil(extract(epoch FROM locked_until - now())), 1), ceil(\(lockout)))::int
                      END
            """, as: (Int, Int?).self, logger: logger)
        guard let row else { throw StoreError(.unavailable, "the sign-in count was not returned") }
        return (row.0, row.1)
    }

    /// Rows whose window and lock have both run out say nothing any more.
    func prune(logger: Logger) async throws {
        try await database.execute(
            """
            DELETE FROM login_attempts
            WHERE window_started_at < now() - make_interval(secs => \(policy.window.inSeconds))
              AND (locked_until IS NULL OR locked_until < now())
            """, logger: logger)
    }
}
