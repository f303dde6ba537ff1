import AspirasiCore
import AspirasiStore
import AspirasiTestSupport
import PostgresNIO
import Testing

@Suite struct AreaLocatorTests {
    /// A point on the surface of each kelurahan (PostGIS guarantees it lies inside) must locate to it.
    @Test func everyKelurahanLocatesToItself() async throws {
        let (checked, misses) = try await withFreshDatabase { (client: PostgresClient) async throws in
            let locator = AreaLocator(client: client)
            let rows = try await client.query(
                """
                SELECT unit_code, ST_Y(ST_PointOnSurface(geom)), ST_X(ST_PointOnSurface(geom))
                FROM kelurahan_areas ORDER BY unit_code
                """)
            var checked = 0
            var misses: [String] = []
            for try await (code, lat, lon) in rows.decode((String, Double, Double).self) {
                checked += 1
                let found = try await locator.kelurahan(at: try GeoPoint(latitude: lat, longitude: lon))
                if found != code { misses.append("\(code) -> \(found ?? "none")") }
            }
            return (checked, misses)
        }
        #expect(checked == 267)
        #expect(misses.isEmpty, "located elsewhere: \(misses)")
    }

    /// One point in each of the six kota/kabupaten, Kepulauan Seribu included.
    @Test func everyKotaIsCovered() async throws {
        let kelurahan = try ReferencePoints.kelurahan()
        let kotas = try await withFreshDatabase { (client: PostgresClient) async throws in
            let locator = AreaLocator(client: client)
            let catalog = try await IntakeCatalog.load(from: client)
            var kotas: Set<String> = []
            for k in kelurahan {
                if let area = try await locator.locate(k.label, in: catalog), area.kota.code == k.kotaCode {
                    kotas.insert(area.kota.code)
                }
            }
            return kotas
        }
        #expect(kotas == ["31.01", "31.71", "31.72", "31.73", "31.74", "31.75"])
    }

    @Test func monasIsInGambir() async throws {
        let area = try await withFreshDatabase { (client: PostgresClient) async throws in
            try await AreaLocator(client: client).locate(ReferencePoints.monas(), in: IntakeCatalog.load(from: client))
        }
        #expect(area?.kelurahan == UnitRef(code: "31.71.01.1001", name: "Gambir"))
        #expect(area?.kecamatan.code == "31.71.01")
        #expect(area?.kota.name == "Kota Administrasi Jakarta Pusat")
        #expect(area?.provinsi.code == "31")
    }

    @Test func neighbouringCitiesAreOutside() async throws {
        let found = try await withFreshDatabase { (client: PostgresClient) async throws in
            let locator = AreaLocator(client: client)
            var found: [String] = []
            for (name, point) in try ReferencePoints.outside() where try await locator.kelurahan(at: point) != nil {
                found.append(name)
            }
            return found
        }
        #expect(found.isEmpty)
    }
}
