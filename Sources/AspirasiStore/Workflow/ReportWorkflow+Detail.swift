import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// A report with its events, the messages of every channel about it, what
    /// was sent about it and its photos; 404 for a report outside the officer's units.
    public func detail(_ trackingNumber: String, for officer: Officer, logger: Logger = .silent) async throws
        -> ReportDetail
    {
        let scope = AccessScope(unit: officer.unitCode, in: try await catalog())
        let row = try await client.first(
            """
            SELECT id, tracking_number, status, reject_reason, category_code, description, ST_Y(location),
                   ST_X(location), kelurahan_code, owner_unit, handler_unit, needs_triage, channel, created_at, version,
                   sla_started_at, responded_at, response_due_at, completion_due_at, \(unescaped: ServiceLevelSQL.overdue),
                   category_basis::text
            FROM reports WHERE tracking_number = \(trackingNumber)
            """,
            as: (
                Int, String, String, String?, String, String, Double?, Double?, String?, String?, String?, Bool, String,
                Date, Int32, Date, Date?, Date?, Date?, Bool, String?
            ).self, logger: logger)
        guard let row, let status = ReportStatus(rawValue: row.2), scope.covers(row.9) || scope.covers(row.10) else {
            throw WorkflowError.notFound("no report \(trackingNumber) in your units")
        }
        let id = row.0
        let since = MonthPartitions.rowsLowerBound(ofReport: id)
        var events: [ReportDetail.Event] = []
        for try await e in try await client.query(
            """
            SELECT id, kind, status_after, actor_kind, actor_id, public, data::text, occurred_at
            FROM report_events WHERE report_id = \(id) AND id >= \(since) ORDER BY id
            """, logger: logger
        ).decode((Int, String, String?, String, String?, Bool, String, Date).self) {
            events.append(
                .init(
                    id: e.0, kind: e.1, statusAfter: e.2, actorKind: e.3, actorId: e.4, isPublic: e.5, data: e.6,
                    occurredAt: e.7))
        }
        var messages: [ReportDetail.Message] = []
        for try await m in try await client.query(
            """
            SELECT m.id, m.channel, i.handle, m.text, m.outcome, m.received_at
            FROM inbound_messages m LEFT JOIN contact_identities i ON i.id = m.identity_id
            WHERE m.report_id = \(id) AND m.id >= \(since) ORDER BY m.id
            """, logger: logger
        ).decode((Int, String, String?, String, String?, Date).self) {
            messages.append(.init(id: m.0, channel: m.1, author: m.2, text: m.3, outcome: m.4, receivedAt: m.5))
        }
        var deliveries: [DeliveryView] = []
        for try await d in try await client.query(
            """
            SELECT \(unescaped: DeliveryView.columns) FROM deliveries
            WHERE report_id = \(id) AND id >= \(since) ORDER BY id
            """, logger: logger
        ).decode(DeliveryView.Row.self) {
            deliveries.append(DeliveryView(row: d))
        }
        var photos: [ReportDetail.Photo] = []
        for try await p in try await client.query(
            """
            SELECT id, source, content_type, original_url, event_id, bytes IS NOT NULL, fetch_error
            FROM report_photos WHERE report_id = \(id) ORDER BY id
            """,
            logger: logger
        ).decode((Int, String, String?, String?, Int?, Bool, String?).self) {
            photos.append(
                .init(
                    id: p.0, source: p.1, contentType: p.2, url: p.3, eventId: p.4, stored: p.5, fetchError: p.6))
        }
        var detail = ReportDetail(
            trackingNumber: row.1, status: status, rejectReason: row.3, category: row.4, description: row.5,
            latitude: row.6, longitude: row.7, kelurahan: row.8, ownerUnit: row.9, handlerUnit: row.10,
            needsTriage: row.11, channel: row.12, createdAt: row.13, version: Int(row.14),
            serviceLevel: .init(
                startedAt: row.15, respondedAt: row.16, responseDueAt: row.17, completionDueAt: row.18, overdue: row.19),
            allowedActions: allowedActions(for: officer, status: status, owner: row.9, handler: row.10, scope: scope),
            events: events, messages: messages, deliveries: deliveries, photos: photos)
        detail.reporter = try await reporter(of: id, scope: scope, logger: logger)
        detail.classification = row.20.flatMap(Classification.init(json:))
        detail.forwarded = try await client.first(
            "SELECT forwarded_to, forwarded_id, forwarded_at FROM reports WHERE id = \(id) AND forwarded_id IS NOT NULL",
            as: (String, String, Date).self, logger: logger
        ).map { ReportDetail.Forwarded(to: $0.0, trackingId: $0.1, at: $0.2) }
        return detail
    }

    /// The report's reporter as a contact, with their other reports: those in `scope`, and a count of the rest.
    func reporter(of reportID: Int, scope: AccessScope, logger: Logger) async throws -> ReportDetail.Reporter? {
        guard
            let contact = try await client.first(
                """
                SELECT ci.contact_id FROM report_followers f JOIN contact_identities ci ON ci.id = f.identity_id
                WHERE f.report_id = \(reportID) AND f.role = 'reporter' LIMIT 1
                """, as: Int.self, logger: logger)
        else { return nil }
        var others: [CitizenReport] = []
        var elsewhere = 0
        for row in try await CitizenReport.rows(ofContact: contact, excluding: reportID, limit: 100, client, logger) {
            if scope.covers(row.owner) || scope.covers(row.handler) {
                others.append(row.report)
            } else {
                elsewhere += 1
            }
        }
        return ReportDetail.Reporter(contactId: contact, otherReports: others, elsewhere: elsewhere)
    }
}
