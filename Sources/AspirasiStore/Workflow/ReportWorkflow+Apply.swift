import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// One statement: the report row, the event, the photos it cites, the
    /// citizens' deliveries (reporter and every follower, on their own
    /// channels) and the units' notifications.
    func apply(
        _ action: OfficerAction, _ report: LockedReport, _ change: Change, officer: Officer, _ trackingNumber: String,
        _ db: PostgresConnection, _ logger: Logger
    ) async throws -> ActionOutcome {
        let statusChanged = change.status != report.status
        let closes = change.status == .selesai || change.status == .ditolak
        let citizenTemplate = (action == .reply ? MessageTemplate.reply : .status(change.status)).name
        let tellsCitizen = action.isPublic && (statusChanged || action == .reply)
        // Only what the citizen should read travels to them; coordination and returns stay between units.
        let publicNote = [.reply, .complete, .reject].contains(action) ? change.note : nil
        let row = try await db.first(
            """
            WITH moved AS (
                UPDATE reports SET status = \(change.status.rawValue), reject_reason = \(change.rejectReason?.rawValue)::text,
                       owner_unit = \(change.owner)::text, handler_unit = \(change.handler)::text,
                       kelurahan_code = \(change.kelurahan)::text,
                       needs_triage = needs_triage AND NOT \(action == .reassign || action == .dispose),
                       closed_at = CASE WHEN \(closes) THEN now() WHEN \(statusChanged) THEN NULL ELSE closed_at END,
                       status_changed_at = CASE WHEN \(statusChanged) THEN now() ELSE status_changed_at END,
                       updated_at = now(), version = version + 1,
                       \(unescaped: ServiceLevelSQL.after(action, closes: closes))
                WHERE id = \(report.id)
                RETURNING id
            ), event AS (
                INSERT INTO report_events (report_id, kind, status_after, actor_kind, actor_id, public, request_id, data)
                SELECT id, \(action.eventKind), \(statusChanged ? change.status.rawValue : nil)::text, 'officer',
                       \(String(officer.id)), \(action.isPublic), \(RequestCorrelation.requestID)::text,
                       jsonb_strip_nulls(jsonb_build_object(
                           'officer', \(officer.username), 'unit', \(officer.unitCode), 'note', \(change.note)::text,
                           'reason', \(change.rejectReason?.rawValue)::text, 'from', \(report.status.rawValue),
                           'handler', \(change.handler)::text, 'owner', \(change.owner)::text,
                           'photos', \(action == .complete ? Optional(change.photoIDs) : nil)::int8[]))
                FROM moved
                RETURNING id
            ), photos AS (
                UPDATE report_photos SET event_id = event.id FROM event
                WHERE report_photos.id = ANY(\(change.photoIDs)::int8[]) AND report_photos.report_id = \(report.id)
                RETURNING report_photos.id
            ), citizens AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT \(report.id), event.id, ci.channel, ci.handle, ci.id, NULL::int8, f.thread_key, 'status',
                       jsonb_strip_nulls(jsonb_build_object(
                           'template', \(citizenTemplate), 'tracking_number', \(trackingNumber),
                           'status', \(change.status.rawValue), 'note', \(publicNote)::text,
                           'reason', \(change.rejectReason?.rawValue)::text)),
                       aspirasi_delivery_key('event', event.id::text, 'identity', ci.id::text),
                       \(RequestCorrelation.requestID)::text
                FROM event, report_followers f JOIN contact_identities ci ON ci.id = f.identity_id
                WHERE f.report_id = \(report.id) AND \(tellsCitizen) AND ci.handle <> ''
                  AND ci.channel <> \(AspirasiCore.Channel.app.rawValue)
                \(unescaped: OutboxEnqueue.onConflict)
                RETURNING id
            ), units AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT \(report.id), event.id, uc.channel, uc.address, NULL::int8, uc.id, NULL::text, 'notification',
                       jsonb_build_object('template', \(MessageTemplate.notify(action.eventKind).name), 'tracking_number', \(trackingNumber)),
                       aspirasi_delivery_key('event', event.id::text, 'contact', uc.id::text),
                       \(RequestCorrelation.requestID)::text
                FROM event, unit_contacts uc
                WHERE uc.active AND uc.unit_code = ANY(\(change.notifyUnits)::text[])
                \(unescaped: OutboxEnqueue.onConflict)
                RETURNING id
            )
            SELECT event.id, (SELECT count(*) FROM citizens) + (SELECT count(*) FROM units) FROM event
            """, as: (Int, Int).self, logger: logger)
        guard let row else { throw StoreError(.unavailable, "the action on \(trackingNumber) was not recorded") }
        return ActionOutcome(
            trackingNumber: trackingNumber, status: change.status, ownerUnit: change.owner,
            handlerUnit: change.handler, eventId: row.0, deliveriesQueued: row.1)
    }
}
