import AspirasiCore
import Foundation
import Logging
import NIOCore
import PostgresNIO

extension DemoGenerator {
    /// The scratch schema every chunk reads: kelurahan and their points, weighted choices, words, paths,
    /// working days, pictures, the officers who act and the citizens who write.
    func prepareReference(
        _ plan: DemoPlan, catalog: IntakeCatalog, hashPassword: @Sendable (String) async throws -> String,
        logger: Logger
    ) async throws {
        try await client.execute("DROP SCHEMA IF EXISTS aspirasi_demo CASCADE", logger: logger)
        try await client.execute("CREATE SCHEMA aspirasi_demo", logger: logger)
        let kelurahan = try await placeKelurahan(plan, logger: logger)
        let categories = try await describeCategories(catalog, logger: logger)
        try await describeChannels(plan, logger: logger)
        try await fillSlots(kelurahan: kelurahan, categories: categories, logger: logger)
        try await fillRouting(catalog, kelurahan: kelurahan, logger: logger)
        try await fillWords(categories, catalog: catalog, logger: logger)
        try await fillPaths(logger: logger)
        try await fillWorkingDays(plan, logger: logger)
        try await fillImages(logger: logger)
        // Statistics first: the statements below join these tables.
        for table in [
            "kel", "points", "outside", "cat", "chan", "slots", "agency", "templates", "words", "paths", "wdays",
            "wmin", "images",
        ] {
            try await client.execute(PostgresQuery(unsafeSQL: "ANALYZE aspirasi_demo.\(table)"), logger: logger)
        }
        try await addStaff(
            catalog, plan: plan, password: try await hashPassword(RandomToken.make(prefix: "")), logger: logger)
        try await addCitizens(plan, logger: logger)
        try await client.execute(
            """
            CREATE TABLE aspirasi_demo.counts AS
            SELECT kind, count(*)::int AS n FROM aspirasi_demo.words GROUP BY kind
            UNION ALL SELECT kind, count(*)::int FROM aspirasi_demo.images GROUP BY kind
            UNION ALL SELECT 'outside', count(*)::int FROM aspirasi_demo.outside
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.counts ADD PRIMARY KEY (kind)", logger: logger)
        for table in ["staff", "idents", "counts", "chan"] {
            try await client.execute(PostgresQuery(unsafeSQL: "ANALYZE aspirasi_demo.\(table)"), logger: logger)
        }
    }

    /// The kelurahan (those with an outline), their weights, and points drawn inside each, kept only where
    /// the intake's locator would place them in that same kelurahan.
    private func placeKelurahan(_ plan: DemoPlan, logger: Logger) async throws -> [(code: String, kota: String)] {
        var codes: [String] = []
        var names: [String] = []
        var kecamatan: [String] = []
        for try await (code, name, district) in try await client.query(
            """
            SELECT u.code, u.name, kec.name FROM units u JOIN units kec ON kec.code = u.parent_code
            WHERE u.kind = 'kelurahan' AND u.active AND EXISTS (SELECT 1 FROM kelurahan_areas a WHERE a.unit_code = u.code)
            ORDER BY u.code
            """, logger: logger
        ).decode((String, String, String).self) {
            codes.append(code)
            names.append(name)
            kecamatan.append(district)
        }
        guard !codes.isEmpty else {
            throw StoreError(.referenceData, "no kelurahan with an outline: run `aspirasi import` first")
        }
        let kota = codes.map { RegionCode($0)?.ancestor(at: .kota)?.rawValue ?? "" }
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.kel AS
            SELECT (k - 1)::int AS k, code, name, kecamatan, kota
            FROM unnest(\(codes)::text[], \(names)::text[], \(kecamatan)::text[], \(kota)::text[])
                 WITH ORDINALITY AS t(code, name, kecamatan, kota, k)
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.kel ADD PRIMARY KEY (k)", logger: logger)
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.points AS
            WITH generated AS (
                SELECT kel.k, kel.code, d.geom
                FROM aspirasi_demo.kel kel JOIN kelurahan_areas a ON a.unit_code = kel.code
                CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(a.geom, \(plan.pointsPerKelurahan + 4)::int)) d
            ), agreed AS (
                SELECT g.k, g.geom FROM generated g
                WHERE (SELECT x.unit_code FROM kelurahan_areas x WHERE ST_Intersects(x.geom, g.geom)
                       ORDER BY x.unit_code LIMIT 1) = g.code
            )
            SELECT k, (row_number() OVER (PARTITION BY k ORDER BY ST_X(geom), ST_Y(geom)))::int - 1 AS n,
                   ST_X(geom) AS lon, ST_Y(geom) AS lat
            FROM agreed
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.points ADD PRIMARY KEY (k, n)", logger: logger)
        // A kelurahan left without a point gets its label point, which lies inside it.
        try await client.execute(
            """
            ALTER TABLE aspirasi_demo.kel ADD COLUMN points int NOT NULL DEFAULT 0
            """, logger: logger)
        try await client.execute(
            """
            UPDATE aspirasi_demo.kel SET points = p.n
            FROM (SELECT k, count(*)::int AS n FROM aspirasi_demo.points GROUP BY k) p WHERE p.k = kel.k
            """, logger: logger)
        try await client.execute(
            """
            WITH missing AS (
                INSERT INTO aspirasi_demo.points (k, n, lon, lat)
                SELECT kel.k, 0, ST_X(p), ST_Y(p)
                FROM aspirasi_demo.kel kel JOIN kelurahan_areas a ON a.unit_code = kel.code
                CROSS JOIN LATERAL ST_PointOnSurface(a.geom) p
                WHERE kel.points = 0
                RETURNING k
            )
            UPDATE aspirasi_demo.kel SET points = 1 FROM missing WHERE missing.k = kel.k
            """, logger: logger)
        // Places just outside Jakarta (Bekasi, Depok, Tangerang, Bogor...): reports the intake turns away.
        let outside: [(Double, Double)] = [
            (106.9756, -6.2383), (106.7942, -6.4025), (106.6319, -6.1783), (106.8166, -6.5950),
            (107.0000, -6.2000), (107.1525, -6.2612), (106.8540, -6.4817),
        ]
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.outside AS
            WITH o AS (
                SELECT lon + (random() - 0.5) * 0.02 AS lon, lat + (random() - 0.5) * 0.02 AS lat
                FROM unnest(\(outside.map(\.0))::float8[], \(outside.map(\.1))::float8[]) AS t(lon, lat),
                     generate_series(1, 4)
            )
            SELECT (row_number() OVER ())::int - 1 AS n, lon, lat FROM o
            WHERE NOT EXISTS (SELECT 1 FROM kelurahan_areas a
                              WHERE ST_DWithin(a.geom, ST_SetSRID(ST_MakePoint(lon, lat), 4326), 0.002))
            """, logger: logger)
        return zip(codes, kota).map { (code: $0, kota: $1) }
    }

    /// The categories in use, in a fixed order, with their service levels and how many texts each has.
    private func describeCategories(_ catalog: IntakeCatalog, logger: Logger) async throws -> [String] {
        let codes = catalog.categories.keys.sorted()
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.cat AS
            SELECT (t.c - 1)::int AS c, cat.code, cat.sla_clock AS clock, cat.response_minutes,
                   cat.completion_minutes, cat.direct_to_agency AS direct, t.templates, t.title
            FROM unnest(\(codes)::text[], \(codes.map { DemoTexts.complaints[$0]?.count ?? DemoTexts.complaints["lainnya"]?.count ?? 1 })::int8[],
                        \(codes.map { DemoTexts.titles[$0] ?? catalog.categories[$0]?.name ?? $0 })::text[])
                 WITH ORDINALITY AS t(code, templates, title, c)
            JOIN categories cat ON cat.code = t.code
            """, logger: logger)
        return codes
    }

    private func describeChannels(_ plan: DemoPlan, logger: Logger) async throws {
        let profiles = DemoWeights.channels
        let total = profiles.reduce(0) { $0 + $1.weight }
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.chan AS
            SELECT (ch - 1)::int AS ch, channel, p_gps, p_text, p_none, p_photo, titled, url_photos, slang, chooses,
                   identities::int
            FROM unnest(\(profiles.map(\.channel))::text[], \(profiles.map(\.gps))::float8[],
                        \(profiles.map(\.text))::float8[], \(profiles.map(\.vague))::float8[],
                        \(profiles.map(\.photo))::float8[], \(profiles.map(\.titled))::bool[],
                        \(profiles.map(\.linkedPhotos))::bool[], \(profiles.map(\.slang))::float8[],
                        \(profiles.map(\.choosesCategory))::bool[],
                        \(profiles.map { plan.citizens(share: $0.weight / total) })::int8[])
                 WITH ORDINALITY AS t(channel, p_gps, p_text, p_none, p_photo, titled, url_photos, slang, chooses,
                                      identities, ch)
            """, logger: logger)
    }

    private func fillSlots(
        kelurahan: [(code: String, kota: String)], categories: [String], logger: Logger
    ) async throws {
        var kinds: [String] = []
        var values: [Int] = []
        func add(_ kind: String, _ slots: [Int]) {
            kinds += [String](repeating: kind, count: slots.count)
            values += slots
        }
        let perKota = Dictionary(grouping: kelurahan, by: \.kota).mapValues(\.count)
        add(
            "kel",
            DemoWeights.slots(
                kelurahan.map {
                    (DemoWeights.kota[$0.kota] ?? 0.05) / Double(perKota[$0.kota] ?? 1)
                        * DemoWeights.variation($0.code)
                }, count: 10_000))
        add("hour", DemoWeights.slots(DemoWeights.hours, count: 1_000))
        add("category", DemoWeights.slots(categories.map { DemoWeights.categories[$0] ?? 2 }, count: 1_000))
        add("channel", DemoWeights.slots(DemoWeights.channels.map(\.weight), count: 1_000))
        add(
            "speed",
            DemoWeights.slots(DemoWeights.speeds.map(\.weight), count: 1_000).map {
                Int(DemoWeights.speeds[$0].factor * 100)
            })
        for (kind, weights) in DemoPath.classes {
            let paths = weights.map { entry in DemoPath.all.firstIndex { $0.name == entry.path } ?? 0 }
            add("path:\(kind)", DemoWeights.slots(weights.map(\.weight), count: 1_000).map { paths[$0] })
        }
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.slots AS
            SELECT kind, (row_number() OVER (PARTITION BY kind ORDER BY ord))::int - 1 AS slot, value::int
            FROM unnest(\(kinds)::text[], \(values)::int8[]) WITH ORDINALITY AS t(kind, value, ord)
            """, logger: logger)
    }

    /// Which agency acts on each category in each kota: the routing code's own answer.
    private func fillRouting(
        _ catalog: IntakeCatalog, kelurahan: [(code: String, kota: String)], logger: Logger
    ) async throws {
        var categories: [String] = []
        var kotas: [String] = []
        var agencies: [String] = []
        for kota in Set(kelurahan.map(\.kota)).sorted() {
            for code in catalog.categories.keys.sorted() {
                guard let agency = catalog.agency(for: code, in: kota) else { continue }
                categories.append(code)
                kotas.append(kota)
                agencies.append(agency)
            }
        }
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.agency AS
            SELECT * FROM unnest(\(categories)::text[], \(kotas)::text[], \(agencies)::text[]) AS t(category, kota, agency)
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.agency ADD PRIMARY KEY (category, kota)", logger: logger)
    }
}
