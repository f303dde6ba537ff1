import AspirasiCore
import Logging
import PostgresNIO

/// A demo sign-in: one per role, at a unit where that role has work to see.
public struct DemoAccount: Sendable, Equatable {
    public let username: String
    public let role: Role
    public let unitCode: String
    public let unitName: String
    /// Shown once; nil when the account existed already (its password is unchanged).
    public let password: String?
}

extension DemoGenerator {
    /// Kelurahan Gambir's petugas, Jakarta Pusat's Suku Dinas Bina Marga petugas, the province's
    /// koordinator, Jakarta Pusat's pimpinan and the province's admin.
    static let accounts: [(username: String, role: Role, unit: String)] = [
        ("demo.petugas.gambir", .petugas, "31.71.01.1001"),
        ("demo.petugas.sudin-bm-jakpus", .petugas, "31.71-BM"),
        ("demo.koordinator.dki", .koordinator, "31"),
        ("demo.pimpinan.jakpus", .pimpinan, "31.71"),
        ("demo.admin.dki", .admin, "31"),
    ]

    /// Creates the accounts that do not exist yet, each with a fresh random password.
    func createAccounts(hashPassword: @Sendable (String) async throws -> String, logger: Logger) async throws
        -> [DemoAccount]
    {
        let store = OfficerStore(client)
        var accounts: [DemoAccount] = []
        for (username, role, unit) in Self.accounts {
            let unitName =
                try await client.first("SELECT name FROM units WHERE code = \(unit)", as: String.self, logger: logger)
            guard let unitName else { continue }
            let exists = try await client.first(
                "SELECT 1 FROM officers WHERE username = \(username)", as: Int.self, logger: logger)
            var password: String?
            if exists == nil {
                let fresh = Self.randomPassword()
                _ = try await store.create(
                    username: username, displayName: "Demo \(role.rawValue) \(unitName)", unitCode: unit, role: role,
                    passwordHash: try await hashPassword(fresh), logger: logger)
                password = fresh
            }
            accounts.append(
                DemoAccount(username: username, role: role, unitCode: unit, unitName: unitName, password: password))
        }
        return accounts
    }

    /// Twenty characters without look-alikes (no 0/O, 1/l/I), easy to type from a terminal.
    static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
    }
}
