import AspirasiCore
import Logging
import PostgresNIO

extension KelurahanIndex {
    /// Reads every ring of every kelurahan polygon, as PostGIS holds it after the import made it valid.
    public static func load(from database: some DatabaseQuerying, logger: Logger = .silent) async throws
        -> KelurahanIndex
    {
        let rows = try await database.run(
            """
            SELECT a.unit_code,
                   ARRAY(SELECT ST_X(q.geom) FROM ST_DumpPoints(r.geom) q ORDER BY q.path),
                   ARRAY(SELECT ST_Y(q.geom) FROM ST_DumpPoints(r.geom) q ORDER BY q.path)
            FROM kelurahan_areas a
            CROSS JOIN LATERAL ST_Dump(a.geom) p
            CROSS JOIN LATERAL ST_DumpRings(p.geom) r
            ORDER BY a.unit_code, p.path, r.path
            """, logger: logger)
        var shapes: [KelurahanShape] = []
        var code: String? = nil
        var rings: [KelurahanShape.Ring] = []
        for try await (unit, longitudes, latitudes) in rows.decode((String, [Double], [Double]).self) {
            if unit != code, let code { shapes.append(KelurahanShape(code: code, rings: rings)) }
            if unit != code { (code, rings) = (unit, []) }
            rings.append(KelurahanShape.Ring(longitudes: longitudes, latitudes: latitudes))
        }
        if let code { shapes.append(KelurahanShape(code: code, rings: rings)) }
        return KelurahanIndex(shapes: shapes)
    }
}
