import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// A citizen's data on request (UU 27/2022): all of it given back, or their
/// identity erased from every report, message and delivery while the
/// reports' facts (status, category, kelurahan, dates) stay for the statistics.
public struct CitizenDataStore: Sendable {
    /// What an erased citizen's words become, in their reports and messages.
    public static let erasedText = "[dihapus atas permintaan warga]"

    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    /// An identity of the citizen, and the contact it belongs to.
    struct Identity {
        let id: Int
        let contactID: Int
        let channel: String
        let handle: String
        let displayName: String?
        let createdAt: Date
        let lastSeenAt: Date
    }

    /// Every identity of the contacts `contact` names (the citizen on all the channels they are known on),
    /// locked for an erasure. The anonymous identity (empty handle) is nobody's.
    func identities(_ contact: CitizenContact, _ db: some DatabaseQuerying, lock: Bool, _ logger: Logger)
        async throws -> [Identity]
    {
        let rows = try await db.run(
            """
            WITH matched AS (
                SELECT contact_id FROM contact_identities
                WHERE handle <> '' AND (\(contact.channel?.rawValue)::text IS NULL OR channel = \(contact.channel?.rawValue))
                  AND CASE \(contact.kind.rawValue)
                          WHEN 'phone' THEN regexp_replace(handle, '[[:space:]().-]', '', 'g') = ANY(\(contact.handles)::text[])
                          WHEN 'email' THEN lower(handle) = ANY(\(contact.handles)::text[])
                          ELSE handle = ANY(\(contact.handles)::text[])
                      END
            )
            SELECT id, contact_id, channel, handle, display_name, created_at, last_seen_at FROM contact_identities
            WHERE contact_id IN (SELECT contact_id FROM matched) AND handle <> ''
            ORDER BY id
            \(unescaped: lock ? "FOR UPDATE" : "")
            """, logger: logger)
        var identities: [Identity] = []
        for try await (id, contactID, channel, handle, name, created, seen) in rows.decode(
            (Int, Int, String, String, String?, Date, Date).self)
        {
            identities.append(
                Identity(
                    id: id, contactID: contactID, channel: channel, handle: handle, displayName: name,
                    createdAt: created, lastSeenAt: seen))
        }
        return identities
    }

    /// The citizen's data, read in one snapshot; nil when no identity matches.
    public func export(_ contact: CitizenContact, logger: Logger = .silent) async throws -> CitizenExport? {
        try await client.transaction(logger: logger) { db -> CitizenExport? in
            try await db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            let identities = try await identities(contact, db, lock: false, logger)
            guard !identities.isEmpty else { return nil }
            let ids = identities.map(\.id)
            return CitizenExport(
                exportedAt: Date(),
                identities: identities.map {
                    .init(
                        channel: $0.channel, handle: $0.handle, displayName: $0.displayName, firstSeenAt: $0.createdAt,
                        lastSeenAt: $0.lastSeenAt)
                },
                reports: try await reports(ids, db, logger),
                messages: try await messages(ids, db, logger),
                deliveries: try await deliveries(ids, db, logger))
        }
    }
}
