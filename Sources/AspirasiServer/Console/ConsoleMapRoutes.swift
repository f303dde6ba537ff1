import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Hummingbird

/// `GET /console/map`: the officer's area drawn from the kelurahan polygons in the database.
struct ConsoleMapRoutes: Sendable {
    /// Kepulauan Seribu lies 40 to 150 km out at sea: fitting it in would shrink the mainland to a
    /// corner, so a wider view draws the mainland and lists the islands below it.
    static let islands = "31.01"

    let services: ConsoleServices

    /// `GET /console/map`: the officer's area, shaded by open reports, with the reports as dots.
    @Sendable func map(_: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let choices = try await services.choices()
        let prefix = ConsoleQueueRoutes.areaPrefix(officer, choices.catalog)
        let data = try await services.workflow.areaMap(for: officer, areaPrefix: prefix, logger: context.logger)
        let areas = data.areas.compactMap { area -> MapArea? in
            guard let shape = GeoShape(geoJSON: area.geoJSON) else { return nil }
            return MapArea(
                code: area.code, name: choices.kelurahanLabel(area.code), shape: shape,
                openReports: area.openReports,
                link: Link.to("/console/reports", [("kelurahan", area.code)]))
        }
        let dots = data.points.map {
            MapDot(
                trackingNumber: $0.trackingNumber, status: $0.status,
                point: GeoCoordinate(lon: $0.longitude, lat: $0.latitude))
        }
        let mainland = areas.filter { !$0.code.hasPrefix(Self.islands) }
        let incidents = try await services.workflow.incidents(for: officer, logger: context.logger).incidents.map {
            MapIncident(
                line: ConsoleIncidentRoutes.line($0, choices), point: GeoCoordinate(lon: $0.longitude, lat: $0.latitude)
            )
        }
        var screen =
            mainland.isEmpty || mainland.count == areas.count
            ? MapScreen(areas: areas, dots: dots)
            : MapScreen(
                areas: mainland, dots: dots,
                offMap: areas.filter { $0.code.hasPrefix(Self.islands) })
        screen.incidents = incidents
        return ConsolePage.response(screen.render(viewer: try await services.viewer(context)))
    }

}
