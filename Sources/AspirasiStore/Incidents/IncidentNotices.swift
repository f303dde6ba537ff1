import AspirasiCore
import Logging
import PostgresNIO

/// The one place an incident's messages to officials enter the outbox: every active contact of `units`,
/// on the contact's channel, keyed by `key` and the contact, so a repeated call (another hub, a retried
/// action) enqueues nothing new. Written like the evaluation digest's enqueue.
enum IncidentNotices {
    static func enqueue(
        _ template: MessageTemplate, to units: [String], payload: [String: String], key: String,
        _ db: some DatabaseQuerying, _ logger: Logger
    ) async throws -> Int {
        let fields = payload.merging(["template": template.name]) { _, new in new }.sorted { $0.key < $1.key }
        let queued = try await db.first(
            """
            WITH queued AS (
                INSERT INTO deliveries (channel, recipient, unit_contact_id, kind, payload, idempotency_key)
                SELECT uc.channel, uc.address, uc.id, 'notification',
                       jsonb_object(\(fields.map(\.key))::text[], \(fields.map(\.value))::text[]),
                       \(key) || ':contact:' || uc.id
                FROM unit_contacts uc
                WHERE uc.active AND uc.unit_code = ANY(\(units)::text[])
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING id
            )
            SELECT count(*) FROM queued
            """, as: Int.self, logger: logger)
        return queued ?? 0
    }
}
