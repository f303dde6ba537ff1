import AspirasiCore
import AspirasiStore
import AspirasiTestSupport
import PostgresNIO
import Testing

@Suite struct KelurahanIndexTests {
    /// A point on the surface of each kelurahan (PostGIS guarantees it lies inside) must locate to it.
    @Test func everyKelurahanLocatesToItself() async throws {
        let (checked, misses) = try await withFreshDatabase { (client: PostgresClient) async throws in
            let index = try await KelurahanIndex.load(from: client)
            let rows = try await client.query(
                """
                SELECT unit_code, ST_Y(ST_PointOnSurface(geom)), ST_X(ST_PointOnSurface(geom))
                FROM kelurahan_areas ORDER BY unit_code
                """)
            var checked = 0
            var misses: [String] = []
            for try await (code, lat, lon) in rows.decode((String, Double, Double).self) {
                checked += 1
                let found = index.kelurahan(at: try GeoPoint(latitude: lat, longitude: lon))
                if found != code { misses.append("\(code) -> \(found ?? "none")") }
            }
            return (checked, misses)
        }
        #expect(checked == 267)
        #expect(misses.isEmpty, "located elsewhere: \(misses)")
    }

    /// The index gives PostGIS's answer (the queries it replaced, run in one batch) for 100,000 points:
    /// half anywhere over and around Jakarta and the Thousand Islands, half within 40 m of a boundary,
    /// inside, outside within and beyond the 25 m tolerance, and in the slivers between kelurahan.
    @Test func answersAsPostGISForOneHundredThousandPoints() async throws {
        let (points, expected, found) = try await withFreshDatabase { (client: PostgresClient) async throws in
            let index = try await KelurahanIndex.load(from: client)
            let points = try await LocatorSamples.points(client, count: 100_000)
            let expected = try await LocatorSamples.postGIS(client, points)
            let found = points.map { index.kelurahan(at: $0) ?? "" }
            return (points, expected, found)
        }
        #expect(points.count == 100_000)
        let differing = points.indices.filter { expected[$0].code != found[$0] }
        let examples = differing.prefix(10).map {
            "\(points[$0].latitude),\(points[$0].longitude): PostGIS \(expected[$0].code), index \(found[$0])"
        }
        #expect(differing.isEmpty, "\(differing.count) points differ: \(examples)")
        // The sample exercises every branch: inside, placed by the edge tolerance only, and outside.
        let located = expected.filter { !$0.code.isEmpty }.count
        let nearEdge = expected.filter(\.nearEdge).count
        #expect(located > 30_000 && located < 90_000, "located: \(located)")
        #expect(nearEdge > 1_000, "placed by the tolerance: \(nearEdge)")
    }

    /// One point in each of the six kota/kabupaten, Kepulauan Seribu included.
    @Test func everyKotaIsCovered() async throws {
        let kelurahan = try ReferencePoints.kelurahan()
        let catalog = try await withFreshDatabase { (client: PostgresClient) async throws in
            try await IntakeCatalog.load(from: client)
        }
        var kotas: Set<String> = []
        for k in kelurahan {
            if let area = catalog.locate(k.label), area.kota.code == k.kotaCode { kotas.insert(area.kota.code) }
        }
        #expect(kotas == ["31.01", "31.71", "31.72", "31.73", "31.74", "31.75"])
    }

    @Test func monasIsInGambir() async throws {
        let catalog = try await withFreshDatabase { (client: PostgresClient) async throws in
            try await IntakeCatalog.load(from: client)
        }
        let area = catalog.locate(try ReferencePoints.monas())
        #expect(area?.kelurahan == UnitRef(code: "31.71.01.1001", name: "Gambir"))
        #expect(area?.kecamatan.code == "31.71.01")
        #expect(area?.kota.name == "Kota Administrasi Jakarta Pusat")
        #expect(area?.provinsi.code == "31")
    }

    @Test func neighbouringCitiesAreOutside() async throws {
        let index = try await withFreshDatabase { (client: PostgresClient) async throws in
            try await KelurahanIndex.load(from: client)
        }
        let found = try ReferencePoints.outside().filter { index.kelurahan(at: $0.point) != nil }.map(\.name)
        #expect(found.isEmpty)
    }

    /// Two hubs on one database: an import written by either (here, a polygon moved by SQL as an
    /// import would) moves the reference version, and the other hub's next check reloads its index.
    @Test func anotherHubReloadsAfterAnImport() async throws {
        let (before, reloaded, after, again) = try await withFreshDatabase { (client: PostgresClient) async throws in
            let hub = IntakeQueue(client: client, logger: .silent)
            let monas = try ReferencePoints.monas()
            let before = try await hub.catalog().areas.kelurahan(at: monas)
            try await client.query(
                "UPDATE kelurahan_areas SET geom = ST_Translate(geom, 1, 0) WHERE unit_code = '31.71.01.1001'")
            let reloaded = try await hub.reloadIfChanged()
            let after = try await hub.catalog().areas.kelurahan(at: monas)
            let again = try await hub.reloadIfChanged()
            return (before, reloaded, after, again)
        }
        #expect(before == "31.71.01.1001")
        #expect(reloaded)
        #expect(after != "31.71.01.1001")
        #expect(!again, "nothing changed since the reload")
    }
}
