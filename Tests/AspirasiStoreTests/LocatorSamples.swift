import AspirasiCore
import AspirasiStore
import PostgresNIO

/// Points for comparing the in-memory index with PostGIS, drawn from a seeded generator so a failure
/// can be replayed.
enum LocatorSamples {
    /// SplitMix64: small, seedable, the same sequence on every platform.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Half uniform over the polygons' extent grown by 0.05 degrees, half within about 40 m of a
    /// boundary vertex or of points every 50 m along the boundaries.
    static func points(_ client: PostgresClient, count: Int) async throws -> [GeoPoint] {
        var random = Generator(state: 17)
        var extent = (minX: 0.0, minY: 0.0, maxX: 0.0, maxY: 0.0)
        for try await row in try await client.query(
            """
            SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
            FROM (SELECT ST_Extent(geom)::geometry AS e FROM kelurahan_areas) t
            """
        ).decode((Double, Double, Double, Double).self) {
            extent = (row.0 - 0.05, row.1 - 0.05, row.2 + 0.05, row.3 + 0.05)
        }
        var boundary: [(Double, Double)] = []
        for try await row in try await client.query(
            """
            SELECT ST_X(d.geom), ST_Y(d.geom)
            FROM kelurahan_areas a, ST_DumpPoints(ST_Segmentize(ST_Boundary(a.geom), 0.00045)) d
            """
        ).decode((Double, Double).self) {
            boundary.append(row)
        }
        var points: [GeoPoint] = []
        points.reserveCapacity(count)
        for _ in 0..<(count / 2) {
            points.append(
                try GeoPoint(
                    latitude: .random(in: extent.minY...extent.maxY, using: &random),
                    longitude: .random(in: extent.minX...extent.maxX, using: &random)))
        }
        while points.count < count, let base = boundary.randomElement(using: &random) {
            // 0.00036 degrees is about 40 m: inside, in the tolerance band, and just beyond it.
            points.append(
                try GeoPoint(
                    latitude: base.1 + .random(in: -0.00036...0.00036, using: &random),
                    longitude: base.0 + .random(in: -0.00036...0.00036, using: &random)))
        }
        return points
    }

    /// The kelurahan PostGIS gives each point ("" for none) and whether only the edge tolerance placed
    /// it, by the queries the hub ran before the index: `ST_Intersects` (smallest code first), else the
    /// nearest within 25 m on geography, ties broken by code. One statement for all the points.
    /// One connection, so one core: on two it took both cores of a 2-core machine for half a minute and
    /// starved the timing-bound suites that run beside it (the live hubs' 20 s client timeout).
    static func postGIS(_ client: PostgresClient, _ points: [GeoPoint]) async throws
        -> [(code: String, nearEdge: Bool)]
    {
        try await postGIS(client, slice: points)
    }

    private static func postGIS(_ client: PostgresClient, slice points: [GeoPoint]) async throws
        -> [(code: String, nearEdge: Bool)]
    {
        let longitudes = points.map(\.longitude)
        let latitudes = points.map(\.latitude)
        let tolerance = KelurahanIndex.edgeToleranceMeters
        let rows = try await client.query(
            """
            WITH p AS (
                SELECT n, ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS g
                FROM unnest(\(longitudes)::float8[], \(latitudes)::float8[]) WITH ORDINALITY AS t(lon, lat, n)
            ), inside AS (
                SELECT n, g, (SELECT unit_code FROM kelurahan_areas a WHERE ST_Intersects(a.geom, p.g)
                              ORDER BY unit_code LIMIT 1) AS code
                FROM p
            )
            SELECT n, COALESCE(code, near), code IS NULL AND near <> '' FROM (
                SELECT n, code, CASE WHEN code IS NULL THEN COALESCE(
                    (SELECT unit_code FROM kelurahan_areas a
                     WHERE a.geom && ST_Expand(g, 0.0003)
                       AND ST_DWithin(a.geom::geography, g::geography, \(tolerance))
                     ORDER BY ST_Distance(a.geom::geography, g::geography), unit_code LIMIT 1), '') END AS near
                FROM inside
            ) t
            """)
        var answers = [(code: String, nearEdge: Bool)](repeating: ("?", false), count: points.count)
        for try await (n, code, nearEdge) in rows.decode((Int, String, Bool).self) {
            answers[n - 1] = (code, nearEdge)
        }
        return answers
    }
}
