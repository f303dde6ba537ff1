import AspirasiCore
import AspirasiStore
import Hummingbird

/// `GET /api/v1/locate?lat=..&lon=..`: the kelurahan, kecamatan and kota of a point, from the
/// polygons the hub holds in memory (`KelurahanIndex`); no database round trip.
struct LocateRoutes: Sendable {
    let intake: IntakeQueue

    struct Located: ResponseGenerator, Encodable {
        struct Point: Encodable {
            let lat: Double
            let lon: Double
        }
        let point: Point
        let kelurahan: UnitRef
        let kecamatan: UnitRef
        let kota: UnitRef
        let provinsi: UnitRef

        /// The document `HubJSON.encoder` writes (keys sorted), written with the Open311 `JSON` writer
        /// instead: the encoder was a sixth of this route's CPU time.
        var json: String {
            func unit(_ ref: UnitRef) -> JSON { .object([("code", .string(ref.code)), ("name", .string(ref.name))]) }
            return JSON.object([
                ("kecamatan", unit(kecamatan)), ("kelurahan", unit(kelurahan)), ("kota", unit(kota)),
                ("point", .object([("lat", .number(point.lat)), ("lon", .number(point.lon))])),
                ("provinsi", unit(provinsi)),
            ]).text
        }

        func response(from request: Request, context: some RequestContext) throws -> Response {
            Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: json)))
        }
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
