import AspirasiCore
import Logging
import PostgresNIO

/// Where a unit's officials hear of new, moved and late reports: a lurah's
/// phone for SMS, a Suku Dinas's shared mailbox. Personal data: admins only.
public struct UnitContact: Sendable, Codable, Equatable {
    public let id: Int
    public let unitCode: String
    public let role: String
    public let name: String?
    public let channel: String
    public let address: String
    public let active: Bool
}

public struct UnitContactStore: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    public func list(unit: String, logger: Logger = .silent) async throws -> [UnitContact] {
        guard try await unitExists(unit, logger) else { throw WorkflowError.notFound("no unit \(unit)") }
        let rows = try await client.query(
            """
            SELECT id, unit_code, role, name, channel, address, active FROM unit_contacts
            WHERE unit_code = \(unit) ORDER BY id
            """, logger: logger)
        var contacts: [UnitContact] = []
        for try await row in rows.decode((Int, String, String, String?, String, String, Bool).self) {
            contacts.append(
                UnitContact(
                    id: row.0, unitCode: row.1, role: row.2, name: row.3, channel: row.4, address: row.5,
                    active: row.6))
        }
        return contacts
    }

    /// Adds a contact point, or re-activates the same (unit, channel, address).
    public func add(
        unit: String, role: String, name: String?, channel: AspirasiCore.Channel, address: String,
        logger: Logger = .silent
    ) async throws -> UnitContact {
        guard try await unitExists(unit, logger) else { throw WorkflowError.notFound("no unit \(unit)") }
        let row = try await client.first(
            """
            INSERT INTO unit_contacts (unit_code, role, name, channel, address)
            VALUES (\(unit), \(role), \(name), \(channel.rawValue), \(address))
            ON CONFLICT (unit_code, channel, address)
                DO UPDATE SET role = EXCLUDED.role, name = EXCLUDED.name, active = true
            RETURNING id, unit_code, role, name, channel, address, active
            """, as: (Int, String, String, String?, String, String, Bool).self, logger: logger)
        guard let row else { throw StoreError(.unavailable, "the contact was not stored") }
        return UnitContact(
            id: row.0, unitCode: row.1, role: row.2, name: row.3, channel: row.4, address: row.5, active: row.6)
    }

    /// Stops notifications to a contact point; kept, because past deliveries name it.
    public func deactivate(_ id: Int, unit: String, logger: Logger = .silent) async throws -> Bool {
        try await client.first(
            "UPDATE unit_contacts SET active = false WHERE id = \(id) AND unit_code = \(unit) RETURNING 1",
            as: Int.self, logger: logger) != nil
    }

    private func unitExists(_ unit: String, _ logger: Logger) async throws -> Bool {
        try await client.first("SELECT 1 FROM units WHERE code = \(unit)", as: Int.self, logger: logger) != nil
    }
}
