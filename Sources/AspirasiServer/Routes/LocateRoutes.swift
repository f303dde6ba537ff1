import AspirasiCore
import AspirasiStore
import Hummingbird

/// `GET /api/v1/locate?lat=..&lon=..`: the kelurahan, kecamatan and kota of a point, from the
/// polygons the hub holds in memory (`KelurahanIndex`); no database round trip.
struct LocateRoutes: Sendable {
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
        guard let area = catalog.locate(point) else {
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
