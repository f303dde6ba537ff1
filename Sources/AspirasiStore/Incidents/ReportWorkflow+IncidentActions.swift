import AspirasiCore
import Foundation
import Logging
import NIOCore
import PostgresNIO

extension ReportWorkflow {
    /// Acts on every open report of an incident in one transaction, through the same checks and moves as
    /// an action on one report (`authorize`, `plan`, `apply`); reports whose state or units do not allow
    /// it are left and counted. The action is claimed by `idempotencyKey` in that transaction: a retry
    /// answers what the first did and sends nothing again. Officials hear of an incident's disposisi
    /// once, not once per report.
    public func perform(
        _ action: IncidentAction, onIncident id: Int, by officer: Officer, _ input: ActionInput,
        idempotencyKey: String?, newPhoto: ByteBuffer? = nil, logger: Logger = .silent
    ) async throws -> IncidentActionOutcome {
        let key = idempotencyKey?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard (1...200).contains(key.count) else {
            throw WorkflowError.invalid(
                field: "idempotency_key", message: "a key of 1 to 200 characters, the same when the action is retried")
        }
        let officerAction = action.officerAction
        guard officer.role.may(officerAction) else {
            throw WorkflowError.forbidden("a \(officer.role.rawValue) may not \(action.rawValue) an incident")
        }
        let photoType = try newPhoto.map(Self.checkedImageType)
        let catalog = try await catalog()
        let scope = AccessScope(unit: officer.unitCode, in: catalog)
        do {
            return try await client.transaction(logger: logger) { db in
                guard
                    let incident = try await db.first(
                        """
                        SELECT closed_at IS NULL, agency_code, category_code, kota_code FROM incidents
                        WHERE id = \(id) FOR UPDATE
                        """, as: (Bool, String?, String, String?).self, logger: logger)
                else { throw WorkflowError.notFound("no incident \(id) in your units") }
                if let done = try await db.first(
                    """
                    SELECT outcome::text FROM incident_actions WHERE incident_id = \(id) AND idempotency_key = \(key)
                    """, as: String.self, logger: logger)
                {
                    var outcome = try JSONDecoder().decode(IncidentActionOutcome.self, from: Data(done.utf8))
                    outcome.repeated = true
                    return outcome
                }
                let reports = try await lockedReports(of: id, db, logger)
                guard
                    scope.units == nil
                        || reports.contains(where: { scope.covers($0.report.owner) || scope.covers($0.report.handler) })
                        || scope.covers(incident.1) || scope.covers(incident.3)
                else { throw WorkflowError.notFound("no incident \(id) in your units") }
                guard incident.0 else {
                    throw WorkflowError.invalid(field: "incident", message: "incident \(id) is closed")
                }
                var input = input
                if let newPhoto, let photoType, let first = reports.first {
                    input.photoIDs.append(
                        try await storePhoto(
                            newPhoto, type: photoType, report: first.report.id, by: officer, db, logger))
                }
                let context = IncidentContext(
                    id: id, key: key, agency: incident.1, category: incident.2, officer: officer, scope: scope,
                    catalog: catalog)
                var tally: (acted: Int, queued: Int)
                switch action {
                case .dispose: tally = try await disposeAll(reports, context, input, db, logger)
                case .reply: tally = try await replyAll(reports, context, input, db, logger)
                case .complete: tally = try await completeAll(reports, id: id, context, input, db, logger)
                }
                let closed = try await IncidentDetector.closeFinished(db, incident: id, logger) > 0
                let outcome = IncidentActionOutcome(
                    incidentId: id, action: action.rawValue, acted: tally.acted, skipped: reports.count - tally.acted,
                    deliveriesQueued: tally.queued, closed: closed, repeated: false)
                let recorded = String(decoding: try JSONEncoder().encode(outcome), as: UTF8.self)
                try await db.execute(
                    """
                    INSERT INTO incident_actions (incident_id, idempotency_key, action, officer_id, outcome)
                    VALUES (\(id), \(key), \(action.rawValue), \(officer.id), \(recorded)::jsonb)
                    """, logger: logger)
                return outcome
            }
        } catch let error as PostgresTransactionError {
            throw IntakeQueue.unwrap(error)
        }
    }

    struct IncidentContext {
        let id: Int
        let key: String
        let agency: String?
        let category: String
        let officer: Officer
        let scope: AccessScope
        let catalog: IntakeCatalog
    }

    struct IncidentMember {
        var report: LockedReport
        let trackingNumber: String
    }

    /// The incident's open reports, locked in id order (the order every incident action takes them).
    func lockedReports(of incident: Int, _ db: PostgresConnection, _ logger: Logger) async throws -> [IncidentMember] {
        var members: [IncidentMember] = []
        for try await row in try await db.query(
            """
            SELECT id, status, owner_unit, handler_unit, kelurahan_code, category_code, tracking_number FROM reports
            WHERE incident_id = \(incident) AND status NOT IN ('selesai', 'ditolak') ORDER BY id FOR UPDATE
            """, logger: logger
        ).decode((Int, String, String?, String?, String?, String, String).self) {
            guard let status = ReportStatus(rawValue: row.1) else { continue }
            members.append(
                IncidentMember(
                    report: LockedReport(
                        id: row.0, status: status, owner: row.2, handler: row.3, kelurahan: row.4, category: row.5),
                    trackingNumber: row.6))
        }
        return members
    }

    /// Whether the checks of one report's action pass for this report; a refusal leaves the report.
    func allows(_ action: OfficerAction, _ member: IncidentMember, _ context: IncidentContext) -> Bool {
        (try? authorize(action, officer: context.officer, report: member.report, scope: context.scope)) != nil
    }
}

extension IncidentAction {
    var officerAction: OfficerAction {
        switch self {
        case .dispose: .dispose
        case .reply: .reply
        case .complete: .complete
        }
    }
}
