import AspirasiCore
import Logging
import PostgresNIO

/// Finds the kelurahan, kecamatan, kota and province that contain a point.
public struct AreaLocator: Sendable {
    /// The shipped polygons are simplified, which leaves slivers between
    /// neighbours and along the shore; a point this close to a kelurahan
    /// still belongs to it.
    public static let edgeToleranceMeters = 25.0

    let database: any DatabaseQuerying

    public init(client: any DatabaseQuerying) {
        self.database = client
    }

    public func locate(_ point: GeoPoint, logger: Logger = .silent) async throws -> LocatedArea? {
        let lon = point.longitude
        let lat = point.latitude
        let inside = try await database.run(
            """
            SELECT k.code, k.name, kc.code, kc.name, kt.code, kt.name, p.code, p.name
            FROM kelurahan_areas a
            JOIN units k ON k.code = a.unit_code
            JOIN units kc ON kc.code = k.parent_code
            JOIN units kt ON kt.code = kc.parent_code
            JOIN units p ON p.code = kt.parent_code
            WHERE ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint(\(lon), \(lat)), 4326))
            ORDER BY a.unit_code
            LIMIT 1
            """, logger: logger)
        if let area = try await Self.firstArea(inside) { return area }
        // About 0.0003 degrees is 33 m at Jakarta's latitude: a cheap box for the index before the exact distance.
        let tolerance = Self.edgeToleranceMeters
        let near = try await database.run(
            """
            WITH pt AS (SELECT ST_SetSRID(ST_MakePoint(\(lon), \(lat)), 4326) AS g)
            SELECT k.code, k.name, kc.code, kc.name, kt.code, kt.name, p.code, p.name
            FROM kelurahan_areas a
            CROSS JOIN pt
            JOIN units k ON k.code = a.unit_code
            JOIN units kc ON kc.code = k.parent_code
            JOIN units kt ON kt.code = kc.parent_code
            JOIN units p ON p.code = kt.parent_code
            WHERE a.geom && ST_Expand(pt.g, 0.0003)
              AND ST_DWithin(a.geom::geography, pt.g::geography, \(tolerance))
            ORDER BY ST_Distance(a.geom::geography, pt.g::geography)
            LIMIT 1
            """, logger: logger)
        return try await Self.firstArea(near)
    }

    private static func firstArea(_ rows: PostgresRowSequence) async throws -> LocatedArea? {
        let decoded = rows.decode((String, String, String, String, String, String, String, String).self)
        for try await (kelCode, kelName, kecCode, kecName, kotaCode, kotaName, provCode, provName) in decoded {
            return LocatedArea(
                kelurahan: UnitRef(code: kelCode, name: kelName),
                kecamatan: UnitRef(code: kecCode, name: kecName),
                kota: UnitRef(code: kotaCode, name: kotaName),
                provinsi: UnitRef(code: provCode, name: provName))
        }
        return nil
    }
}
