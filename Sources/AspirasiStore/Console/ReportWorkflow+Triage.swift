import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// A coordinator's triage in one step and one transaction: the report gets `category` and moves
    /// to `kelurahan` (a reassign, with its event and notifications, when that is not its owner
    /// already); it leaves the triage queue. Checked like any routing action.
    public func triage(
        _ trackingNumber: String, category: String, kelurahan: String, by officer: Officer, logger: Logger = .silent
    ) async throws {
        let catalog = try await catalog()
        guard catalog.categories[category] != nil else {
            throw WorkflowError.invalid(field: "category", message: "no category \(category)")
        }
        guard catalog.units[kelurahan]?.kind == .kelurahan else {
            throw WorkflowError.invalid(field: "kelurahan", message: "name a kelurahan")
        }
        let scope = AccessScope(unit: officer.unitCode, in: catalog)
        do {
            try await client.transaction(logger: logger) { db in
                guard
                    let row = try await db.first(
                        """
                        SELECT id, status, owner_unit, handler_unit, kelurahan_code, category_code FROM reports
                        WHERE tracking_number = \(trackingNumber) FOR UPDATE
                        """, as: (Int, String, String?, String?, String?, String).self, logger: logger),
                    let status = ReportStatus(rawValue: row.1), scope.covers(row.2) || scope.covers(row.3)
                else { throw WorkflowError.notFound("no report \(trackingNumber) in your units") }
                let report = LockedReport(
                    id: row.0, status: status, owner: row.2, handler: row.3, kelurahan: row.4, category: row.5)
                try authorize(.reassign, officer: officer, report: report, scope: scope)
                let placedHere = report.owner == kelurahan
                try await db.execute(
                    """
                    UPDATE reports SET category_code = \(category), needs_triage = false, updated_at = now(),
                           kelurahan_code = CASE WHEN \(placedHere) THEN \(kelurahan) ELSE kelurahan_code END,
                           version = version + 1, sla_check_at = now()
                    WHERE id = \(report.id)
                    """, logger: logger)
                if category != report.category {
                    try await db.execute(
                        """
                        INSERT INTO report_events (report_id, kind, actor_kind, actor_id, public, data)
                        VALUES (\(report.id), 'recategorised', 'officer', \(String(officer.id)), false,
                                jsonb_build_object('officer', \(officer.username), 'unit', \(officer.unitCode),
                                                   'from', \(report.category), 'to', \(category)))
                        """, logger: logger)
                }
                if !placedHere {
                    let moved = LockedReport(
                        id: report.id, status: report.status, owner: report.owner, handler: report.handler,
                        kelurahan: report.kelurahan, category: category)
                    let change = try await plan(
                        .reassign, moved, ActionInput(kelurahan: kelurahan), catalog: catalog, db, logger)
                    _ = try await apply(.reassign, moved, change, officer: officer, trackingNumber, db, logger)
                }
            }
        } catch let error as PostgresTransactionError {
            throw IntakeQueue.unwrap(error)
        }
    }
}
