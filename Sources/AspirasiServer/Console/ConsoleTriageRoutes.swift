import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Hummingbird

/// `GET /console/triage` and its one-step POST (category and kelurahan), for coordinators.
struct ConsoleTriageRoutes: Sendable {
    let services: ConsoleServices

    /// `GET /console/triage`: the triage list, for coordinators.
    @Sendable func triage(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        guard officer.role.may(.reassign) else { throw WorkflowError.forbidden("triage is for coordinators") }
        let choices = try await services.choices()
        let items = try await services.workflow.triageQueue(for: officer, logger: context.logger)
        let screen = TriageScreen(
            items: items.map { item in
                var reasons: [String] = []
                if item.unlocated { reasons.append("Tanpa kelurahan") }
                if item.unclassified { reasons.append("Kategori lainnya") }
                if item.returned { reasons.append("Dikembalikan SKPD") }
                if reasons.isEmpty { reasons.append("Perlu dipilah") }
                var entry = TriageScreen.Item(
                    trackingNumber: item.trackingNumber, status: item.status, reasons: reasons,
                    category: item.category, kelurahan: item.kelurahan.map(choices.kelurahanLabel),
                    summary: item.summary, createdAt: item.createdAt)
                entry.proposal = item.proposal.map {
                    ($0.category, "\(choices.categoryName($0.category)) \(CategoryBasis.percent($0.probability))")
                }
                return entry
            },
            categories: choices.categories, kelurahans: choices.kelurahans())
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) { screen.render(viewer: viewer, flash: $0) }
    }

    /// `POST /console/triage/:number`: category and kelurahan in one step.
    @Sendable func placeReport(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let number = try context.parameters.require("number")
        let form = try context.postedForm()
        let choices = try await services.choices()
        do {
            guard let category = form.text("category"), choices.catalog.categories[category] != nil else {
                throw WorkflowError.invalid(field: "category", message: "unknown category")
            }
            guard let kelurahan = choices.kelurahanCode(form.text("kelurahan")) else {
                throw WorkflowError.invalid(field: "kelurahan", message: "no such kelurahan")
            }
            try await services.workflow.triage(
                number, category: category, kelurahan: kelurahan, by: officer, logger: context.logger)
            let text =
                "Laporan \(number) dipilah: \(choices.categoryName(category)), \(choices.kelurahanLabel(kelurahan))."
            return ConsolePage.redirect("/console/triage", Flash(.success, text), cookies: services.cookies)
        } catch let error as WorkflowError {
            if case .notFound = error { throw error }
            let text = "Laporan \(number): \(ConsoleMessages.forAction(error))"
            return ConsolePage.redirect("/console/triage", Flash(.error, text), cookies: services.cookies)
        }
    }

}
