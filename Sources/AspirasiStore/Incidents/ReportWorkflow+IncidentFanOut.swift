import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// Disposisi of every report the officer may dispose, to the named agency or the incident's; the
    /// reporters hear of it as from a report's disposisi, the agency's officials once for the incident.
    func disposeAll(
        _ members: [IncidentMember], _ context: IncidentContext, _ input: ActionInput, _ db: PostgresConnection,
        _ logger: Logger
    ) async throws -> (acted: Int, queued: Int) {
        var input = input
        input.agency = input.agency ?? context.agency
        var (acted, queued) = (0, 0)
        var agencies = Set<String>()
        for member in members where allows(.dispose, member, context) {
            var change = try await plan(.dispose, member.report, input, catalog: context.catalog, db, logger)
            change.notifyUnits = []
            let outcome = try await apply(
                .dispose, member.report, change, officer: context.officer, member.trackingNumber, db, logger)
            if let agency = change.handler { agencies.insert(agency) }
            acted += 1
            queued += outcome.deliveriesQueued
        }
        if acted > 0 {
            queued += try await IncidentNotices.enqueue(
                .incidentDisposed, to: agencies.sorted(), payload: payload(context, count: acted),
                key: "\(context.id):\(context.key):disposed", db, logger)
        }
        return (acted, queued)
    }

    /// One reply event on every report the officer may reply on, and one message to each person who
    /// reported or follows any of them, on their own channel and thread (their latest report's), keyed
    /// by the action and the person: however many of the incident's reports are theirs, once.
    func replyAll(
        _ members: [IncidentMember], _ context: IncidentContext, _ input: ActionInput, _ db: PostgresConnection,
        _ logger: Logger
    ) async throws -> (acted: Int, queued: Int) {
        let allowed = members.filter { allows(.reply, $0, context) }
        guard let first = allowed.first else { return (0, 0) }
        let note = try await plan(.reply, first.report, input, catalog: context.catalog, db, logger).note
        let ids = allowed.map(\.report.id)
        let officer = context.officer
        let row = try await db.first(
            """
            WITH moved AS (
                UPDATE reports SET updated_at = now(), version = version + 1,
                       \(unescaped: ServiceLevelSQL.after(.reply, closes: false))
                WHERE id = ANY(\(ids)::int8[])
                RETURNING id, tracking_number
            ), events AS (
                INSERT INTO report_events (report_id, kind, actor_kind, actor_id, public, data)
                SELECT id, \(OfficerAction.reply.eventKind), 'officer', \(String(officer.id)), true,
                       jsonb_build_object('officer', \(officer.username), 'unit', \(officer.unitCode),
                                          'note', \(note)::text, 'incident', \(context.id))
                FROM moved
                RETURNING id, report_id
            ), people AS (
                SELECT DISTINCT ON (ci.id) ci.id, ci.channel, ci.handle, f.thread_key, m.id AS report_id,
                       m.tracking_number, e.id AS event_id
                FROM moved m JOIN events e ON e.report_id = m.id
                JOIN report_followers f ON f.report_id = m.id JOIN contact_identities ci ON ci.id = f.identity_id
                WHERE ci.handle <> '' AND ci.channel <> \(AspirasiCore.Channel.app.rawValue)
                ORDER BY ci.id, m.id DESC
            ), queued AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT report_id, event_id, channel, handle, id, NULL::int8, thread_key, 'status',
                       jsonb_build_object('template', \(MessageTemplate.reply.name), 'tracking_number', tracking_number,
                                          'note', \(note)::text),
                       aspirasi_delivery_key('incident', \(context.id)::text, \(context.key), 'identity', id::text),
                       \(RequestCorrelation.requestID)::text
                FROM people
                \(unescaped: OutboxEnqueue.onConflict)
                RETURNING id
            )
            SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM queued)
            """, as: (Int, Int).self, logger: logger)
        return row.map { ($0.0, $0.1) } ?? (0, 0)
    }

    /// Selesai for every report the officer may bring there, with one photo set: a report still waiting
    /// is started (or a disposed one accepted) first, each move through its own checks. The photos must
    /// be officers' photos of the incident's reports, not used before; every completion event cites them.
    func completeAll(
        _ members: [IncidentMember], id: Int, _ context: IncidentContext, _ input: ActionInput,
        _ db: PostgresConnection, _ logger: Logger
    ) async throws -> (acted: Int, queued: Int) {
        let note = input.note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !note.isEmpty, note.count <= 4_000 else {
            throw WorkflowError.invalid(field: "note", message: "describe the follow-up, at most 4,000 characters")
        }
        let photos = Array(Set(input.photoIDs)).sorted()
        let usable = try await db.first(
            """
            SELECT count(*) FROM report_photos p JOIN reports r ON r.id = p.report_id
            WHERE p.id = ANY(\(photos)::int8[]) AND r.incident_id = \(id) AND p.source = 'officer'
              AND p.event_id IS NULL
            """, as: Int.self, logger: logger)
        guard !photos.isEmpty, usable == photos.count else {
            throw WorkflowError.invalid(
                field: "photos", message: "completing needs photos of the follow-up uploaded to this incident, unused")
        }
        var (acted, queued) = (0, 0)
        for var member in members {
            let first: OfficerAction? =
                member.report.status == .disposisi ? .accept : (member.report.status == .proses ? nil : .start)
            if let first {
                guard allows(first, member, context) else { continue }
                let change = try await plan(first, member.report, ActionInput(), catalog: context.catalog, db, logger)
                queued += try await apply(
                    first, member.report, change, officer: context.officer, member.trackingNumber, db, logger
                ).deliveriesQueued
                member.report = LockedReport(
                    id: member.report.id, status: change.status, owner: change.owner, handler: change.handler,
                    kelurahan: change.kelurahan, category: member.report.category)
            }
            guard allows(.complete, member, context) else { continue }
            let change = Change(
                status: .selesai, rejectReason: nil, owner: member.report.owner, handler: member.report.handler,
                kelurahan: member.report.kelurahan, note: note, photoIDs: photos)
            queued += try await apply(
                .complete, member.report, change, officer: context.officer, member.trackingNumber, db, logger
            ).deliveriesQueued
            acted += 1
        }
        return (acted, queued)
    }

    func payload(_ context: IncidentContext, count: Int) -> [String: String] {
        [
            "incident": String(context.id),
            "category": context.catalog.categories[context.category]?.name ?? context.category,
            "count": String(count),
        ]
    }
}
