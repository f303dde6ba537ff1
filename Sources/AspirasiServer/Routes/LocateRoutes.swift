import AspirasiCore
import AspirasiStore
import Hummingbird

/// `GET /api/v1/locate?lat=..&lon=..`: the kelurahan, kecamatan and kota of a point.
struct LocateRoutes: Sendable {
    let locator: AreaLocator
    let intake: IntakeQueue

    struct Located: ResponseEncodable {
        struct Point: Encodable {
            let lat: Double
            let lon: Double
        }
        let point: Point
        let kelurahan: UnitRef
        let kecamatan: UnitRef
        let kota: UnitRef
        let provinsi: UnitRef
    }

    /// `GET /api/v1/locate?lat=..&lon=..`.
    @Sendable func locate(_ request: Request, context: HubRequestContext) async throws -> Located {
        let point = try QueryParameters(request.uri.queryParameters).point()
        let catalog = try await intake.catalog()
        guard let area = try await locator.locate(point, in: catalog, logger: context.logger) else {
            throw APIError(
                .notFound, code: "outside_area",
                message:
                    "the point \(point.latitude), \(point.longitude) lies in no kelurahan of DKI Jakarta; report it to the local government of that area"
            )
        }
        return Located(
            point: .init(lat: point.latitude, lon: point.longitude), kelurahan: area.kelurahan,
            kecamatan: area.kecamatan, kota: area.kota, provinsi: area.provinsi)
    }
}
