import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// A citizen as one contact with identities on several channels, for the province's admins: see one,
/// merge two that are the same person, or split an identity off that is not.
public struct CitizenContactView: Codable, Sendable {
    public struct Identity: Codable, Sendable {
        public let id: Int
        public let channel: String
        public let handle: String
        public let displayName: String?
    }
    public let id: Int
    public let identities: [Identity]
    /// Every report the contact made or follows, newest first.
    public let reports: [CitizenReport]
}

/// One of a citizen's reports, as the report page lists their others.
public struct CitizenReport: Codable, Sendable, Equatable {
    public let trackingNumber: String
    public let status: String
    public let category: String
    public let channel: String
    public let role: String
    public let createdAt: Date
}

extension CitizenReport {
    /// One query for a contact's reports, with the units that say who may see each: the contact page
    /// shows them all, a report page only those in the officer's units.
    static func rows(
        ofContact id: Int, excluding reportID: Int, limit: Int, _ db: some DatabaseQuerying, _ logger: Logger
    ) async throws -> [(report: CitizenReport, owner: String?, handler: String?)] {
        var rows: [(report: CitizenReport, owner: String?, handler: String?)] = []
        for try await row in try await db.run(
            """
            SELECT DISTINCT ON (r.created_at, r.id) r.tracking_number, r.status, r.category_code, r.channel, f.role,
                   r.created_at, r.owner_unit, r.handler_unit
            FROM contact_identities ci JOIN report_followers f ON f.identity_id = ci.id
            JOIN reports r ON r.id = f.report_id
            WHERE ci.contact_id = \(id) AND r.id <> \(reportID)
            ORDER BY r.created_at DESC, r.id DESC, f.role DESC
            LIMIT \(limit)
            """, logger: logger
        ).decode((String, String, String, String, String, Date, String?, String?).self) {
            let report = CitizenReport(
                trackingNumber: row.0, status: row.1, category: row.2, channel: row.3, role: row.4, createdAt: row.5)
            rows.append((report, row.6, row.7))
        }
        return rows
    }
}

public struct CitizenContacts: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    public func contact(_ id: Int, logger: Logger = .silent) async throws -> CitizenContactView? {
        var identities: [CitizenContactView.Identity] = []
        for try await row in try await client.query(
            "SELECT id, channel, handle, display_name FROM contact_identities WHERE contact_id = \(id) ORDER BY id",
            logger: logger
        ).decode((Int, String, String, String?).self) {
            identities.append(.init(id: row.0, channel: row.1, handle: row.2, displayName: row.3))
        }
        guard !identities.isEmpty else { return nil }
        return CitizenContactView(id: id, identities: identities, reports: try await reports(ofContact: id, logger))
    }

    /// The contact's reports (made or followed), newest first.
    func reports(ofContact id: Int, _ logger: Logger) async throws -> [CitizenReport] {
        try await CitizenReport.rows(ofContact: id, excluding: 0, limit: 200, client, logger).map(\.report)
    }

    /// Moves every identity of `other` to `id` and removes `other`: one citizen from now on.
    public func merge(_ other: Int, into id: Int, logger: Logger = .silent) async throws -> CitizenContactView {
        guard other != id else {
            throw WorkflowError.invalid(field: "from", message: "a contact cannot merge into itself")
        }
        try await client.transaction(logger: logger) { db in
            let found = try await db.first(
                "SELECT count(*) FROM contacts WHERE id IN (\(id), \(other))", as: Int.self, logger: logger)
            guard found == 2 else { throw WorkflowError.notFound("no contacts \(id) and \(other)") }
            _ = try await db.query(
                "UPDATE contact_identities SET contact_id = \(id) WHERE contact_id = \(other)", logger: logger)
            _ = try await db.query("DELETE FROM contacts WHERE id = \(other)", logger: logger)
        }
        guard let view = try await contact(id, logger: logger) else { throw WorkflowError.notFound("no contact \(id)") }
        return view
    }

    /// Gives `identity` a contact of its own: it was not the same person after all.
    public func split(identity: Int, from id: Int, logger: Logger = .silent) async throws -> CitizenContactView {
        let newID = try await client.transaction(logger: logger) { db -> Int in
            let others = try await db.first(
                """
                SELECT count(*) FILTER (WHERE id <> \(identity)), count(*) FILTER (WHERE id = \(identity))
                FROM contact_identities WHERE contact_id = \(id)
                """, as: (Int, Int).self, logger: logger)
            guard let others, others.1 == 1 else {
                throw WorkflowError.notFound("contact \(id) has no identity \(identity)")
            }
            guard others.0 > 0 else {
                throw WorkflowError.invalid(
                    field: "identity", message: "the contact's only identity cannot be split off")
            }
            guard
                let created = try await db.first(
                    """
                    WITH fresh AS (
                        INSERT INTO contacts (display_name)
                        SELECT display_name FROM contact_identities WHERE id = \(identity) RETURNING id
                    )
                    UPDATE contact_identities SET contact_id = (SELECT id FROM fresh) WHERE id = \(identity)
                    RETURNING contact_id
                    """, as: Int.self, logger: logger)
            else { throw WorkflowError.notFound("no identity \(identity)") }
            return created
        }
        guard let view = try await contact(newID, logger: logger) else {
            throw WorkflowError.notFound("no contact \(newID)")
        }
        return view
    }
}
