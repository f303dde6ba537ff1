import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// Performs `action` on a report in one transaction: checks role, scope,
    /// state and input; moves the report; appends the event with its actor;
    /// and enqueues what the citizen and the units must hear, in that same
    /// transaction (the outbox). A `newPhoto` (the console's completion form) is stored in that same
    /// transaction and cited by the action, so a refused action leaves no stray photo behind.
    public func perform(
        _ action: OfficerAction, on trackingNumber: String, by officer: Officer, _ input: ActionInput,
        newPhoto: ByteBuffer? = nil, logger: Logger = .silent
    ) async throws -> ActionOutcome {
        guard OfficerAction.onReports.contains(action) else {
            throw WorkflowError.invalid(field: "action", message: "\(action.rawValue) is not an action on a report")
        }
        let photoType = try newPhoto.map(Self.checkedImageType)
        let catalog = try await catalog()
        let scope = AccessScope(unit: officer.unitCode, in: catalog)
        do {
            return try await client.transaction(logger: logger) { db in
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
                try authorize(action, officer: officer, report: report, scope: scope)
                var input = input
                if let newPhoto, let photoType {
                    input.photoIDs.append(
                        try await storePhoto(newPhoto, type: photoType, report: report.id, by: officer, db, logger))
                }
                let change = try await plan(action, report, input, catalog: catalog, db, logger)
                return try await apply(action, report, change, officer: officer, trackingNumber, db, logger)
            }
        } catch let error as PostgresTransactionError {
            throw IntakeQueue.unwrap(error)
        }
    }

    struct LockedReport {
        let id: Int
        let status: ReportStatus
        let owner: String?
        let handler: String?
        let kelurahan: String?
        let category: String
    }

    /// The role, the unit and the state must all allow the action; a state that does not gets 409 naming what would.
    func authorize(_ action: OfficerAction, officer: Officer, report: LockedReport, scope: AccessScope) throws {
        guard officer.role.may(action) else {
            throw WorkflowError.forbidden("a \(officer.role.rawValue) may not \(action.rawValue)")
        }
        if action.actsAsHandler, !scope.covers(report.handler) {
            throw WorkflowError.forbidden("only the handling unit may \(action.rawValue) this report")
        }
        if action.isRouting, !scope.covers(report.owner) {
            throw WorkflowError.forbidden("only the accountable unit may \(action.rawValue) this report")
        }
        guard action.allowedFrom.contains(report.status) else {
            let allowed = allowedActions(
                for: officer, status: report.status, owner: report.owner, handler: report.handler, scope: scope)
            throw WorkflowError.conflict(current: report.status, allowed: allowed)
        }
    }

    /// How the report changes, after checking the input the action needs.
    struct Change {
        var status: ReportStatus
        var rejectReason: RejectReason?
        var owner: String?
        var handler: String?
        var kelurahan: String?
        var note: String?
        var photoIDs: [Int] = []
        /// Units whose officials are told: a new handler, a new owner, or the owner getting a report back.
        var notifyUnits: [String] = []
    }

    func plan(
        _ action: OfficerAction, _ report: LockedReport, _ input: ActionInput, catalog: IntakeCatalog,
        _ db: PostgresConnection, _ logger: Logger
    ) async throws -> Change {
        let note = input.note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let note, note.count > 4_000 {
            throw WorkflowError.invalid(field: "note", message: "at most 4,000 characters")
        }
        var change = Change(
            status: action.statusAfter ?? report.status, rejectReason: nil, owner: report.owner,
            handler: report.handler, kelurahan: report.kelurahan, note: note)
        func require(_ value: String?, _ field: String, _ why: String) throws {
            if value == nil { throw WorkflowError.invalid(field: field, message: why) }
        }
        switch action {
        case .start, .accept:
            break
        case .coordinate:
            try require(note, "note", "say what is being coordinated, and with whom")
            change.handler = report.owner
        case .dispose:
            let agency = input.agency ?? catalog.agency(for: report.category, in: report.kelurahan ?? report.owner)
            guard let agency, let unit = catalog.units[agency], !unit.kind.isRegion else {
                throw WorkflowError.invalid(
                    field: "agency", message: "name the agency (SKPD/UKPD) code; none is set for this category")
            }
            change.handler = agency
            change.notifyUnits = [agency]
        case .returnDisposition:
            try require(note, "note", "say why the report is returned")
            change.handler = report.owner
            change.notifyUnits = report.owner.map { [$0] } ?? []
        case .complete:
            try require(note, "note", "describe the follow-up")
            guard !input.photoIDs.isEmpty else {
                throw WorkflowError.invalid(
                    field: "photos", message: "completing needs at least one photo of the follow-up")
            }
            let usable = try await db.first(
                """
                SELECT count(*) FROM report_photos
                WHERE id = ANY(\(input.photoIDs)::int8[]) AND report_id = \(report.id) AND source = 'officer'
                  AND event_id IS NULL
                """, as: Int.self, logger: logger)
            guard usable == Set(input.photoIDs).count else {
                throw WorkflowError.invalid(
                    field: "photos", message: "every photo must be uploaded to this report and not used before")
            }
            change.photoIDs = Array(Set(input.photoIDs)).sorted()
        case .reject:
            guard let reason = input.reason else {
                throw WorkflowError.invalid(
                    field: "reason", message: "one of \(RejectReason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            change.rejectReason = reason
        case .reassign:
            guard let code = input.kelurahan, catalog.units[code]?.kind == .kelurahan else {
                throw WorkflowError.invalid(
                    field: "kelurahan", message: "name the kelurahan code to move the report to")
            }
            guard code != report.owner else {
                throw WorkflowError.invalid(field: "kelurahan", message: "the report is already with \(code)")
            }
            (change.owner, change.handler, change.kelurahan, change.status) = (code, code, code, .menunggu)
            change.notifyUnits = [code]
        case .note:
            try require(note, "note", "a note needs text")
        case .reply:
            try require(note, "note", "a reply needs text")
        case .reopen:
            try require(note, "note", "say why the report is reopened")
            change.handler = report.owner
            change.notifyUnits = report.owner.map { [$0] } ?? []
        case .view, .manageUsers, .manageDeliveries, .manageSettings, .manageCitizenData:
            throw WorkflowError.invalid(field: "action", message: "\(action.rawValue) is not an action on a report")
        }
        return change
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
