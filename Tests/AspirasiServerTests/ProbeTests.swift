import AspirasiStore
import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import PostgresNIO
import Testing

/// `/livez` and `/readyz`: an orchestrator restarts on the first and routes on the second.
@Suite struct ProbeTests {
    @Test func aDatabaseOutageMakesTheHubUnreadyButStillAlive() async throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-nodb")
        defer { try? FileManager.default.removeItem(at: root) }
        let nowhere = PostgresClient.Configuration(
            unixSocketPath: root.appendingPathComponent(".s.PGSQL.5432").path, username: "nobody", password: nil,
            database: "none")
        try await withLiveHub(database: nowhere) { hub in
            let live = try await hub.http.execute(uri: "/livez", method: .get)
            #expect(live.status == .ok)
            let ready = try await hub.http.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            let body = try json(ready)
            #expect(body["status"] as? String == "unready")
            #expect(body["database"] as? String == "down")
            #expect(body["migrations"] as? String == "unknown")
        }
    }

    @Test func aMigratedHubWithItsWorkersRunningIsReady() async throws {
        try await withLiveHub { hub in
            // The workers start beside the server; the probe turns ready once they all run.
            let ready = try await eventually(within: .seconds(20)) {
                try await hub.http.execute(uri: "/readyz", method: .get).status == .ok
            }
            #expect(ready)
            let body = try json(try await hub.http.execute(uri: "/readyz", method: .get))
            #expect(body["status"] as? String == "ready")
            #expect(body["migrations"] as? String == "applied")
            #expect((body["stopped_workers"] as? [String])?.isEmpty == true)
        }
    }

    @Test func aPendingMigrationMakesTheHubUnready() async throws {
        try await withLiveHub { hub in
            try await hub.database.query("DELETE FROM schema_migrations WHERE name = '0031_operations'")
            let ready = try await hub.http.execute(uri: "/readyz", method: .get)
            #expect(ready.status == .serviceUnavailable)
            #expect(try json(ready)["migrations"] as? String == "pending")
            #expect(try await hub.http.execute(uri: "/livez", method: .get).status == .ok)
        }
    }
}
