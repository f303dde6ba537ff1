import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Foundation
import Hummingbird

/// `GET /console/evaluasi?bulan=YYYY-MM`: the monthly evaluation of the officer's area with its charts,
/// for leaders, coordinators and admins (the same figures and scope as `GET /api/v1/evaluations/{month}`).
struct ConsoleEvaluationRoutes: Sendable {
    let services: ConsoleServices

    @Sendable func evaluation(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        guard officer.role != .petugas else {
            throw WorkflowError.forbidden("the monthly evaluation is for leaders, coordinators and admins")
        }
        let now = Date()
        var month = EvaluationMonth(containing: now.timeIntervalSince1970)
        if let text = request.uri.queryParameters["bulan"].map(String.init), !text.isEmpty {
            guard let chosen = EvaluationMonth(text) else {
                throw WorkflowError.invalid(field: "bulan", message: "a month as YYYY-MM")
            }
            month = chosen
        }
        let catalog = try await services.catalog()
        let area = services.evaluations.area(of: officer, in: catalog)
        let trend = try await services.evaluations.trend(ending: month, area: area, now: now, logger: context.logger)
        guard let evaluation = trend.last else { throw WorkflowError.notFound("no evaluation for \(month)") }
        let rates = Dictionary(evaluation.kelurahan.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let shapes = try await services.workflow.areaMap(
            for: officer, areaPrefix: area, pointLimit: 0, logger: context.logger)
        // Kepulauan Seribu lies far out at sea: the province's map draws the mainland (as the console's map).
        let drawn = shapes.areas.filter { area.count > 2 || !$0.code.hasPrefix(ConsoleMapRoutes.islands) }
        let areas = drawn.compactMap { shape -> EvaluationCharts.Area? in
            guard let geometry = GeoShape(geoJSON: shape.geoJSON) else { return nil }
            let row = rates[shape.code]
            return EvaluationCharts.Area(
                code: shape.code, name: catalog.units[shape.code]?.name ?? shape.code, shape: geometry,
                rate: (row?.received ?? 0) > 0 ? row?.completionRate : nil, received: row?.received ?? 0)
        }
        let screen = EvaluationScreen(evaluation: evaluation, trend: trend, areas: areas)
        return ConsolePage.response(screen.render(viewer: try await services.viewer(context)))
    }
}
