import AspirasiCore
import Logging
import PostgresNIO

/// Finds the kelurahan that contains a point, with PostGIS.
///
/// Only the spatial question goes to the database, as named prepared
/// statements planned once per connection; names come from the catalog in
/// memory. Planning a join per request cost more than the lookup itself.
public struct AreaLocator: Sendable {
    /// The shipped polygons are simplified, which leaves slivers between
    /// neighbours and along the shore; a point this close to a kelurahan
    /// still belongs to it.
    public static let edgeToleranceMeters = 25.0

    struct Inside: PostgresPreparedStatement {
        static let sql = """
            SELECT unit_code FROM kelurahan_areas
            WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))
            ORDER BY unit_code LIMIT 1
            """
        typealias Row = String
        let longitude: Double
        let latitude: Double

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 2)
            bindings.append(longitude)
            bindings.append(latitude)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> String { try row.decode(String.self) }
    }

    /// About 0.0003 degrees is 33 m at Jakarta's latitude: a cheap box for the
    /// index before the exact distance in metres.
    struct NearEdge: PostgresPreparedStatement {
        static let sql = """
            SELECT unit_code FROM kelurahan_areas
            WHERE geom && ST_Expand(ST_SetSRID(ST_MakePoint($1, $2), 4326), 0.0003)
              AND ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3)
            ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography)
            LIMIT 1
            """
        typealias Row = String
        let longitude: Double
        let latitude: Double

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 3)
            bindings.append(longitude)
            bindings.append(latitude)
            bindings.append(AreaLocator.edgeToleranceMeters)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> String { try row.decode(String.self) }
    }

    let database: any DatabaseQuerying

    public init(client: any DatabaseQuerying) {
        self.database = client
    }

    /// The code of the kelurahan holding `point`, or nil when it lies in none.
    public func kelurahan(at point: GeoPoint, logger: Logger = .silent) async throws -> String? {
        let inside = Inside(longitude: point.longitude, latitude: point.latitude)
        for try await code in try await database.prepared(inside, logger: logger) { return code }
        let near = NearEdge(longitude: point.longitude, latitude: point.latitude)
        for try await code in try await database.prepared(near, logger: logger) { return code }
        return nil
    }

    /// The kelurahan, kecamatan, kota and province holding `point`, named from `catalog`.
    public func locate(_ point: GeoPoint, in catalog: IntakeCatalog, logger: Logger = .silent) async throws
        -> LocatedArea?
    {
        try await kelurahan(at: point, logger: logger).flatMap(catalog.area(ofKelurahan:))
    }
}
