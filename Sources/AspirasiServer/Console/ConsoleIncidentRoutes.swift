import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Foundation
import Hummingbird

/// An incident's page and the koordinator's actions on all its reports at once.
struct ConsoleIncidentRoutes: Sendable {
    let services: ConsoleServices

    /// `GET /console/insiden/:id`.
    @Sendable func incident(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let id = try Self.id(context)
        let detail = try await services.workflow.incident(id, for: officer, logger: context.logger)
        let choices = try await services.choices()
        let summary = detail.incident
        let reports = detail.reports.map {
            IncidentScreen.Report(
                trackingNumber: $0.trackingNumber, status: $0.status, kelurahan: choices.unitName($0.kelurahan),
                createdAt: $0.createdAt, summary: $0.summary)
        }
        let screen = IncidentScreen(
            line: Self.line(summary, choices), open: summary.closedAt == nil,
            kota: summary.kota.map(choices.shortName), agency: choices.unitName(summary.agency),
            windowMinutes: summary.windowMinutes, radiusMeters: summary.radiusM, reports: reports,
            actions: officer.role.may(.dispose), agencies: choices.agencies, defaultAgency: summary.agency,
            formKey: UUID().uuidString)
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) { screen.render(viewer: viewer, flash: $0) }
    }

    /// `POST /console/insiden/:id/:action`: done, or refused and said why, on the incident's page.
    @Sendable func act(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let id = try Self.id(context)
        let name = try context.parameters.require("action")
        guard let action = IncidentAction(rawValue: name) else { throw WorkflowError.notFound("no action \(name)") }
        let form = try context.postedForm()
        let page = IncidentLine.link(id)
        do {
            let outcome = try await services.workflow.perform(
                action, onIncident: id, by: officer, ActionInput(note: form.text("note"), agency: form.text("agency")),
                idempotencyKey: form.text("idempotency_key"),
                newPhoto: action == .complete ? form.files["photo"]?.bytes : nil, logger: context.logger)
            return ConsolePage.redirect(
                page, Flash(.success, ConsoleMessages.done(action, outcome)), cookies: services.cookies)
        } catch let error as WorkflowError {
            if case .notFound = error { throw error }
            return ConsolePage.redirect(
                page, Flash(.error, ConsoleMessages.forAction(error)), cookies: services.cookies)
        }
    }

    static func line(_ summary: IncidentSummary, _ choices: ConsoleChoices) -> IncidentLine {
        IncidentLine(
            id: summary.id, category: choices.categoryName(summary.category),
            area: choices.unitName(summary.seedKelurahan) ?? summary.seedKelurahan, reports: summary.reports,
            openReports: summary.openReports, openedAt: summary.openedAt)
    }

    static func id(_ context: ConsoleRequestContext) throws -> Int {
        guard let id = context.parameters.get("id", as: Int.self), id > 0 else {
            throw WorkflowError.notFound("no such incident")
        }
        return id
    }
}
