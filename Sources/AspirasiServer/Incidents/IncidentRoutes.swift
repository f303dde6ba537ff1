import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird
import NIOCore

/// `/api/v1/incidents`: surges grouped into incidents, and the actions a koordinator takes on all of an
/// incident's reports at once. An action names an `idempotency_key`: a retry with the same key does
/// nothing again and answers what the first did.
struct IncidentRoutes: Sendable {
    let workflow: ReportWorkflow
    let rules: IncidentRules
    let catalog: @Sendable () async throws -> IntakeCatalog

    init(_ dependencies: HubDependencies) {
        let intake = dependencies.intake
        self.workflow = dependencies.workflow
        self.rules = IncidentRules(dependencies.client)
        self.catalog = { try await intake.catalog() }
    }

    struct ActionBody: Decodable {
        var idempotencyKey: String?
        var note: String?
        var agency: String?
        var photos: [Int]?
    }

    /// `GET /api/v1/incidents` (`?closed=true` adds closed ones).
    @Sendable func list(_ request: Request, context: HubRequestContext) async throws -> IncidentList {
        let closed = request.uri.queryParameters["closed"].map { $0 == "true" } ?? false
        return try await workflow.incidents(for: try context.officer(), includeClosed: closed, logger: context.logger)
    }

    /// `GET /api/v1/incidents/{id}`.
    @Sendable func show(_ request: Request, context: HubRequestContext) async throws -> IncidentDetail {
        let id = try Self.id(context)
        return try await workflow.incident(id, for: try context.officer(), logger: context.logger)
    }

    /// `POST /api/v1/incidents/{id}/photos`: a follow-up photo for the incident's `complete`.
    @Sendable func addPhoto(_ request: Request, context: HubRequestContext) async throws
        -> EditedResponse<ReportDetail.Photo>
    {
        let id = try Self.id(context)
        let officer = try context.officer()
        let detail = try await workflow.incident(id, for: officer, logger: context.logger)
        guard let first = detail.reports.first else { throw WorkflowError.notFound("incident \(id) has no reports") }
        let bytes = try await request.body.collect(upTo: ImageType.maximumBytes)
        let photo = try await workflow.addPhoto(
            to: first.trackingNumber, by: officer, bytes: bytes, logger: context.logger)
        return EditedResponse(status: .created, response: photo)
    }

    /// `POST /api/v1/incidents/{id}/{action}`: `dispose`, `reply` or `complete`.
    @Sendable func act(_ request: Request, context: HubRequestContext) async throws -> IncidentActionOutcome {
        let id = try Self.id(context)
        let name = try context.parameters.require("action")
        guard let action = IncidentAction(rawValue: name) else {
            throw APIError(
                .notFound, code: "unknown_action",
                message: "actions: \(IncidentAction.allCases.map(\.rawValue).joined(separator: ", ")), photos")
        }
        let body = try await request.decode(as: ActionBody.self, context: context)
        let input = ActionInput(note: body.note, agency: body.agency, photoIDs: body.photos ?? [])
        return try await workflow.perform(
            action, onIncident: id, by: try context.officer(), input, idempotencyKey: body.idempotencyKey,
            logger: context.logger)
    }

    /// `GET /api/v1/incident-rules`: each category's surge thresholds.
    @Sendable func listRules(_ request: Request, context: HubRequestContext) async throws -> IncidentRuleList {
        let all = try await rules.all(try await catalog(), logger: context.logger)
        return IncidentRuleList(
            rules: all.keys.sorted().compactMap { code in all[code].map { IncidentRuleList.Item(category: code, $0) } })
    }

    /// `PUT /api/v1/categories/{code}/incident-rule`: an admin's thresholds for one category.
    @Sendable func setRule(_ request: Request, context: HubRequestContext) async throws -> IncidentRuleList.Item {
        let code = try context.parameters.require("code")
        let body = try await request.decode(as: IncidentRuleList.Item.self, context: context)
        let rule = IncidentRule(
            enabled: body.enabled, minReports: body.minReports, windowMinutes: body.windowMinutes,
            radiusMeters: body.radiusM, surgeFactor: body.surgeFactor)
        try await rules.set(rule, for: code, logger: context.logger)
        return IncidentRuleList.Item(category: code, rule)
    }

    static func id(_ context: HubRequestContext) throws -> Int {
        guard let id = context.parameters.get("id", as: Int.self), id > 0 else {
            throw APIError.invalidParameter("id", "an incident number")
        }
        return id
    }
}

/// Every category's incident thresholds.
struct IncidentRuleList: ResponseEncodable {
    struct Item: Codable, ResponseEncodable {
        var category: String?
        var enabled: Bool
        var minReports: Int
        var windowMinutes: Int
        var radiusM: Int
        var surgeFactor: Double

        init(category: String, _ rule: IncidentRule) {
            self.category = category
            (enabled, minReports, windowMinutes) = (rule.enabled, rule.minReports, rule.windowMinutes)
            (radiusM, surgeFactor) = (rule.radiusMeters, rule.surgeFactor)
        }
    }

    let rules: [Item]
}

extension IncidentList: ResponseEncodable {}
extension IncidentDetail: ResponseEncodable {}
extension IncidentActionOutcome: ResponseEncodable {}
