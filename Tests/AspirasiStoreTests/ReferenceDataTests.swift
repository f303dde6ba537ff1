import AspirasiStore
import AspirasiTestSupport
import Logging
import PostgresNIO
import Testing

@Suite struct ReferenceDataTests {
    @Test func firstImportLoadsJakarta() async throws {
        let configuration = try await TestCluster.shared.emptyDatabase()
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            try await Migrator().migrate(client, logger: .quiet)
            #expect(try await ReferenceDataImporter.isEmpty(client))
            let summary = try await ReferenceDataImporter(files: .locate()).importAll(client, logger: .quiet)
            #expect(summary.areas.inserted == 267)
            #expect(summary.categories.inserted == 21)
            #expect(try await ReferenceDataImporter.isEmpty(client) == false)

            let kinds = "SELECT count(*) FROM units WHERE kind = "
            #expect(try await client.count("\(unescaped: kinds)'provinsi'") == 1)
            #expect(try await client.count("\(unescaped: kinds)'kota'") == 6)
            #expect(try await client.count("\(unescaped: kinds)'kecamatan'") == 44)
            #expect(try await client.count("\(unescaped: kinds)'kelurahan'") == 267)
            // 12 families with a Dinas each; all but PAM Jaya have a Suku Dinas in each of the 6 kota.
            #expect(try await client.count("\(unescaped: kinds)'dinas'") == 12)
            #expect(try await client.count("\(unescaped: kinds)'suku_dinas'") == 66)
            #expect(summary.units.inserted == 1 + 6 + 44 + 267 + 12 + 66)
            #expect(
                try await client.count(
                    "SELECT count(*) FROM agency_categories WHERE unit_code = '31.75-BM'") == 3,
                "Suku Dinas Bina Marga Jakarta Timur handles jalan_rusak, trotoar and lampu_jalan")
            #expect(try await client.count("SELECT count(*) FROM kelurahan_areas WHERE NOT ST_IsValid(geom)") == 0)
        }
    }

    @Test func reimportChangesNothing() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let again = try await ReferenceDataImporter(files: .locate()).importAll(client, logger: .quiet)
            #expect(again.changedNothing)
            #expect(again.units.unchanged == 396)
            #expect(again.areas.unchanged == 267)
        }
    }

    @Test func reimportRepairsWhatDrifted() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            try await client.query("UPDATE units SET name = 'Salah' WHERE code = '31.71.01.1001'")
            try await client.query("UPDATE categories SET duplicate_radius_m = 250 WHERE code = 'sampah'")
            let summary = try await ReferenceDataImporter(files: .locate()).importAll(client, logger: .quiet)
            #expect(summary.units.updated == 1)
            #expect(summary.categories.updated == 0, "routing settings belong to the operator once set")
            #expect(
                try await client.count("SELECT count(*) FROM units WHERE name = 'Gambir' AND kind = 'kelurahan'") == 1)
            #expect(try await client.count("SELECT duplicate_radius_m FROM categories WHERE code = 'sampah'") == 250)
        }
    }
}
