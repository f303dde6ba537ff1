import AspirasiStore
import AspirasiTestSupport
import AsyncHTTPClient
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `aspirasi backup` while the hub takes reports in, then `aspirasi restore` into a new data
/// directory: every report the hub acknowledged before the backup started is in the copy.
@Suite struct BackupRestoreTests {
    @Test func aBackupTakenUnderLoadRestoresEveryAcknowledgedReport() async throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-backup")
        defer { try? FileManager.default.removeItem(at: root) }
        let dataDir = root.appendingPathComponent("data").path
        let backupDir = root.appendingPathComponent("backup").path
        let restoredDir = root.appendingPathComponent("restored").path
        let port = try HubProcess.freePort()
        let hub = try HubProcess.start(
            ["serve", "--data-dir", dataDir, "--port", "\(port)"], environment: ["LOG_LEVEL": "warning"])
        defer { if hub.process.isRunning { hub.signal(SIGKILL) } }
        #expect(try await ready(hub, port: port), "the hub did not start:\n\(hub.log)")
        let added = try await command(["apikey", "add", "backup-load", "--data-dir", dataDir])
        #expect(added.status == 0, "\(added.output)")
        let key = try #require(added.output.split(whereSeparator: \.isNewline).last.map(String.init))

        let acknowledged = Acknowledged()
        let load = Task {
            var index = 0
            while !Task.isCancelled {
                index += 1
                if let number = try? await submit(port: port, key: key, index: index) {
                    await acknowledged.add(number)
                }
            }
        }
        _ = try await eventually(within: .seconds(30)) { await acknowledged.count >= 20 }
        let beforeBackup = await acknowledged.all
        let backup = try await command(["backup", backupDir, "--data-dir", dataDir])
        let duringBackup = await acknowledged.count - beforeBackup.count
        load.cancel()
        _ = await load.result
        #expect(backup.status == 0, "\(backup.output)")
        #expect(backup.output.contains("backup successfully verified"), "\(backup.output)")
        #expect(duringBackup > 0, "the hub kept taking reports in while the backup ran")
        hub.signal(SIGTERM)
        #expect(try await hub.exitStatus() == 0)

        let restore = try await command(["restore", backupDir, "--data-dir", restoredDir])
        #expect(restore.status == 0, "\(restore.output)")
        let again = try await command(["restore", backupDir, "--data-dir", restoredDir])
        #expect(again.status != 0, "a restore never overwrites a cluster")

        let cluster = try EmbeddedCluster(dataDirectory: restoredDir)
        _ = try cluster.start()
        defer { try? cluster.stop() }
        let restored = try await PostgresClient.withRunning(
            cluster.clientConfiguration(database: DatabaseLauncher.embeddedDatabaseName), logger: .quiet
        ) { client in
            var numbers = Set<String>()
            for try await number in try await client.query("SELECT tracking_number FROM reports").decode(
                String.self)
            {
                numbers.insert(number)
            }
            return numbers
        }
        #expect(beforeBackup.count >= 20)
        #expect(beforeBackup.isSubset(of: restored), "missing: \(beforeBackup.subtracting(restored).sorted())")
    }

    /// One report through the partner API; its tracking number when acknowledged. `apart` puts each
    /// report a few hundred metres from the others, never a near-duplicate (which would answer with
    /// the first report's number).
    func submit(port: Int, key: String, index: Int, apart: Bool = false) async throws -> String? {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/messages")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.headers.add(name: "Content-Type", value: "application/json")
        let body: [String: Any] =
            apart
            ? [
                "external_id": "apart-\(index)", "channel": "api", "author": "+62812000\(10000 + index)",
                "text": "Lampu jalan mati di gang nomor \(index), gelap sekali kalau malam",
                "lat": -6.20 + Double(index % 100) * 0.004, "lon": 106.80 + Double(index / 100) * 0.01,
            ]
            : [
                "external_id": "backup-\(index)", "channel": "api", "author": "+628120000\(1000 + index % 50)",
                "text": "Jalan berlubang besar di depan halte nomor \(index), bahaya untuk motor",
                "lat": -6.1754 + Double(index % 40) * 0.0005, "lon": 106.8272,
            ]
        request.body = .bytes(try JSONSerialization.data(withJSONObject: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let bytes = try await response.body.collect(upTo: 64 * 1024)
        guard response.status.code == 201 || response.status.code == 200,
            let json = try JSONSerialization.jsonObject(with: Data(buffer: bytes)) as? [String: Any]
        else { return nil }
        return json["tracking_number"] as? String
    }

    func command(_ arguments: [String]) async throws -> (status: Int32?, output: String) {
        let process = try HubProcess.start(arguments, environment: ["LOG_LEVEL": "warning"])
        let status = try await process.exitStatus(within: .seconds(180))
        if status == nil { process.signal(SIGKILL) }
        return (status, process.log)
    }
}

actor Acknowledged {
    private(set) var all = Set<String>()
    var count: Int { all.count }
    func add(_ number: String) { all.insert(number) }
}
