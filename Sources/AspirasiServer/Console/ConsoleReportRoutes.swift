import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Foundation
import Hummingbird

/// A report's page, its photos, and the action forms' POSTs.
struct ConsoleReportRoutes: Sendable {
    let services: ConsoleServices

    /// `GET /console/reports/:number`: a report's page.
    @Sendable func report(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let number = try context.parameters.require("number")
        let detail = try await services.workflow.detail(number, for: officer, logger: context.logger)
        let extra = try await services.workflow.context(of: number, for: officer, logger: context.logger)
        let screen = ConsoleReportScreen(choices: try await services.choices()).make(detail, extra)
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) { screen.render(viewer: viewer, flash: $0) }
    }

    /// `GET /console/photos/:id`: a photo, for officers who may see its
    /// report (404 otherwise, as for the report).
    @Sendable func photo(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let id = try context.parameters.require("id", as: Int.self)
        let photo = try await services.workflow.photo(id, for: officer, logger: context.logger)
        return Response(
            status: .ok,
            headers: [
                .contentType: photo.contentType, .cacheControl: "private, max-age=3600",
                .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: photo.bytes))
    }

    /// `POST /console/reports/:number/:action`: an action form: done, or refused and
    /// said why, on the report's page.
    @Sendable func act(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let number = try context.parameters.require("number")
        let name = try context.parameters.require("action")
        guard let action = OfficerAction(rawValue: name), OfficerAction.onReports.contains(action) else {
            throw WorkflowError.notFound("no action \(name)")
        }
        let form = try context.postedForm()
        let page = Link.report(number)
        do {
            let input = try await actionInput(action, form)
            _ = try await services.workflow.perform(
                action, on: number, by: officer, input,
                newPhoto: action == .complete ? form.files["photo"]?.bytes : nil,
                logger: context.logger)
            return ConsolePage.redirect(
                page, Flash(.success, ConsoleMessages.done(action, number)), cookies: services.cookies)
        } catch let error as WorkflowError {
            // A report the officer cannot see stays a 404 page; anything else is said on the report's page.
            if case .notFound = error { throw error }
            return ConsolePage.redirect(
                page, Flash(.error, ConsoleMessages.forAction(error)), cookies: services.cookies)
        }
    }

    /// The API's fields from the form: `note`, `reason`, `agency`, `kelurahan` (a code or a name from the list).
    func actionInput(_ action: OfficerAction, _ form: ConsoleForm) async throws -> ActionInput {
        var input = ActionInput(note: form.text("note"), agency: form.text("agency"))
        if let reason = form.text("reason") {
            guard let parsed = RejectReason(rawValue: reason) else {
                throw WorkflowError.invalid(field: "reason", message: "unknown reason")
            }
            input.reason = parsed
        }
        if action == .reassign {
            guard let code = try await services.choices().kelurahanCode(form.text("kelurahan")) else {
                throw WorkflowError.invalid(field: "kelurahan", message: "no such kelurahan")
            }
            input.kelurahan = code
        }
        return input
    }
}
