import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension IntakeStore {
    struct NewReport {
        let category: String
        let confidence: Double
        let status: ReportStatus
        let rejectReason: RejectReason?
        let point: GeoPoint?
        let placement: Placement
        let handler: String?
        let needsTriage: Bool
        let duplicateOf: Int?
        let outcome: IntakeResult.Outcome
    }

    /// One statement: the report, its first events, its reporter, the
    /// acknowledgement and the officials' notifications, and the message's link.
    func insertReport(
        _ m: InboundMessage, _ recorded: Recorded, _ r: NewReport, _ db: PostgresConnection, _ logger: Logger
    ) async throws -> String {
        let channel = m.channel.rawValue
        let lon = r.point?.longitude
        let lat = r.point?.latitude
        let description = m.text.isEmpty ? (m.title ?? "") : m.text
        let notify = r.status == .menunggu || r.status == .disposisi
        let units = [r.placement.owner, r.handler].compactMap { $0 }
        let replyable = !m.author.handle.isEmpty
        let row = try await db.firstPrepared(
            """
            WITH report AS (
                INSERT INTO reports (tracking_number, channel, category_code, category_confidence, status,
                                     reject_reason, title, description, location, address_text, kelurahan_code,
                                     owner_unit, handler_unit, duplicate_of, reporter_identity_id, needs_triage,
                                     reported_at, closed_at)
                VALUES (aspirasi_tracking_number(nextval('report_number_seq'), now()), \(channel), \(r.category),
                        \(Float(r.confidence)), \(r.status.rawValue), \(r.rejectReason?.rawValue)::text, \(m.title)::text,
                        \(description),
                        CASE WHEN \(lon)::float8 IS NULL THEN NULL
                             ELSE ST_SetSRID(ST_MakePoint(\(lon)::float8, \(lat)::float8), 4326) END,
                        \(m.addressText)::text, \(r.placement.kelurahan)::text, \(r.placement.owner)::text,
                        \(r.handler)::text,
                        \(r.duplicateOf)::int8, \(recorded.identityID), \(r.needsTriage), COALESCE(\(m.sentAt)::timestamptz, now()),
                        CASE WHEN \(r.status.rawValue) = 'ditolak' THEN now() END)
                RETURNING id, tracking_number
            ), created AS (
                INSERT INTO report_events (report_id, kind, status_after, actor_kind, actor_id, public, data)
                SELECT id, 'created', \(r.status.rawValue), 'citizen', \(String(recorded.identityID)), true,
                       jsonb_build_object('message_id', \(recorded.messageID)::int8, 'outcome', \(r.outcome.rawValue)::text,
                                          'confidence', \(r.confidence)::float8, 'needs_triage', \(r.needsTriage)::bool)
                FROM report RETURNING id, report_id
            ), linked AS (
                INSERT INTO report_events (report_id, kind, actor_kind, public, data)
                SELECT \(r.duplicateOf)::int8, 'duplicate_linked', 'system', false,
                       jsonb_build_object('duplicate', report.tracking_number)
                FROM report WHERE \(r.duplicateOf)::int8 IS NOT NULL
            ), reporter AS (
                INSERT INTO report_followers (report_id, identity_id, role, thread_key)
                SELECT id, \(recorded.identityID), 'reporter', \(m.externalID) FROM report
                UNION ALL
                SELECT \(r.duplicateOf)::int8, \(recorded.identityID), 'follower', \(m.externalID)
                WHERE \(r.duplicateOf)::int8 IS NOT NULL
                ON CONFLICT (report_id, identity_id) DO UPDATE SET thread_key = EXCLUDED.thread_key
            ), ack AS (
                INSERT INTO deliveries (report_id, event_id, channel, recipient, identity_id, thread_key, kind, payload,
                                        idempotency_key)
                SELECT created.report_id, created.id, \(channel), \(m.author.handle), \(recorded.identityID),
                       \(m.externalID), 'ack',
                       jsonb_build_object('template', \("ack_" + r.outcome.rawValue),
                                          'tracking_number', report.tracking_number,
                                          'duplicate_of', (SELECT tracking_number FROM reports WHERE id = \(r.duplicateOf)::int8)),
                       \("ack:\(channel):\(m.externalID)")
                FROM created, report WHERE \(replyable)
                ON CONFLICT (idempotency_key) DO NOTHING
            ), notify AS (
                INSERT INTO deliveries (report_id, event_id, channel, recipient, unit_contact_id, kind, payload,
                                        idempotency_key)
                SELECT created.report_id, created.id, uc.channel, uc.address, uc.id, 'notification',
                       jsonb_build_object('template', 'notify_new_report', 'tracking_number', report.tracking_number),
                       'notify:' || created.id || ':' || uc.id
                FROM created, report, unit_contacts uc
                WHERE \(notify) AND uc.active AND uc.unit_code = ANY(\(units)::text[])
            ), photos AS (
                INSERT INTO report_photos (report_id, source, original_url, message_id)
                SELECT report.id, 'citizen', url, \(recorded.messageID)
                FROM report, unnest(\(m.photos)::text[]) AS url
            ), message AS (
                UPDATE inbound_messages SET report_id = report.id, outcome = \(r.outcome.rawValue)
                FROM report WHERE inbound_messages.id = \(recorded.messageID)
            )
            SELECT tracking_number FROM report
            """, shape: InsertReportShape.self, as: String.self, logger: logger)
        guard let trackingNumber = row else { throw StoreError(.unavailable, "the report was not inserted") }
        return trackingNumber
    }
}
