import Foundation
import Logging
import PostgresNIO

extension CitizenDataStore {
    func reports(_ ids: [Int], _ db: PostgresConnection, _ logger: Logger) async throws -> [CitizenExport.Report] {
        let rows = try await db.query(
            """
            SELECT r.tracking_number, mine, r.channel, r.category_code, r.status, r.reject_reason, r.kelurahan_code,
                   r.reported_at, r.closed_at,
                   CASE WHEN mine THEN r.title END, CASE WHEN mine THEN r.description END,
                   CASE WHEN mine THEN r.address_text END,
                   CASE WHEN mine THEN ST_Y(r.location) END, CASE WHEN mine THEN ST_X(r.location) END
            FROM reports r, LATERAL (SELECT COALESCE(r.reporter_identity_id = ANY(\(ids)::int8[]), false) AS mine) m
            WHERE mine OR r.id IN (SELECT report_id FROM report_followers WHERE identity_id = ANY(\(ids)::int8[]))
            ORDER BY r.reported_at, r.id
            """, logger: logger)
        var reports: [CitizenExport.Report] = []
        for try await row in rows.decode(
            (
                String, Bool, String, String, String, String?, String?, Date, Date?, String?, String?, String?,
                Double?, Double?
            ).self)
        {
            reports.append(
                .init(
                    trackingNumber: row.0, role: row.1 ? "reporter" : "follower", channel: row.2, category: row.3,
                    status: row.4, rejectReason: row.5, kelurahan: row.6, reportedAt: row.7, closedAt: row.8,
                    title: row.9, description: row.10, address: row.11, latitude: row.12, longitude: row.13))
        }
        return reports
    }

    func messages(_ ids: [Int], _ db: PostgresConnection, _ logger: Logger) async throws -> [CitizenExport.Message] {
        let rows = try await db.query(
            """
            SELECT m.channel, m.external_id, r.tracking_number, m.outcome, m.text,
                   ARRAY(SELECT jsonb_array_elements_text(m.photos)), ST_Y(m.location), ST_X(m.location),
                   m.provider_time, m.received_at
            FROM inbound_messages m LEFT JOIN reports r ON r.id = m.report_id
            WHERE m.identity_id = ANY(\(ids)::int8[])
            ORDER BY m.received_at, m.id
            """, logger: logger)
        var messages: [CitizenExport.Message] = []
        for try await row in rows.decode(
            (String, String, String?, String?, String, [String], Double?, Double?, Date?, Date).self)
        {
            messages.append(
                .init(
                    channel: row.0, externalId: row.1, trackingNumber: row.2, outcome: row.3, text: row.4,
                    photos: row.5, latitude: row.6, longitude: row.7, sentAt: row.8, receivedAt: row.9))
        }
        return messages
    }

    func deliveries(_ ids: [Int], _ db: PostgresConnection, _ logger: Logger) async throws
        -> [CitizenExport.Delivery]
    {
        let rows = try await db.query(
            """
            SELECT d.channel, d.recipient, d.kind, d.state, r.tracking_number, d.payload::text, d.created_at, d.sent_at
            FROM deliveries d LEFT JOIN reports r ON r.id = d.report_id
            WHERE d.identity_id = ANY(\(ids)::int8[])
            ORDER BY d.created_at, d.id
            """, logger: logger)
        var deliveries: [CitizenExport.Delivery] = []
        for try await row in rows.decode((String, String, String, String, String?, String, Date, Date?).self) {
            deliveries.append(
                .init(
                    channel: row.0, recipient: row.1, kind: row.2, state: row.3, trackingNumber: row.4,
                    payload: OutboxStore.strings(row.5), createdAt: row.6, sentAt: row.7))
        }
        return deliveries
    }
}
