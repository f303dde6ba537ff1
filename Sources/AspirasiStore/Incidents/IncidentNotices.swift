import AspirasiCore
import Logging
import PostgresNIO

/// The one place an incident's messages to officials enter the outbox: every active contact of `units`,
/// on the contact's channel, keyed `incident:<key>:contact:<id>` (`OutboxEnqueue`), so a repeated call
/// (another hub, a retried action) enqueues nothing new.
enum IncidentNotices {
    static func enqueue(
        _ template: MessageTemplate, to units: [String], payload: [String: String], key: String,
        _ db: some DatabaseQuerying, _ logger: Logger
    ) async throws -> Int {
        let fields = payload.merging(["template": template.name]) { _, new in new }.sorted { $0.key < $1.key }
        let queued = try await db.first(
            """
            WITH queued AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT NULL::int8, NULL::int8, uc.channel, uc.address, NULL::int8, uc.id, NULL::text, 'notification',
                       jsonb_object(\(fields.map(\.key))::text[], \(fields.map(\.value))::text[]),
                       aspirasi_delivery_key('incident', \(key), 'contact', uc.id::text), \(RequestCorrelation.requestID)::text
                FROM unit_contacts uc
                WHERE uc.active AND uc.unit_code = ANY(\(units)::text[])
                \(unescaped: OutboxEnqueue.onConflict)
                RETURNING id
            )
            SELECT count(*) FROM queued
            """, as: Int.self, logger: logger)
        return queued ?? 0
    }
}
