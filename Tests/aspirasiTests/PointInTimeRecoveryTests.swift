import AspirasiStore
import AspirasiTestSupport
import AsyncHTTPClient
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Point-in-time recovery as README's "Backups" tells an operator to do it: `aspirasi wal-archive`,
/// a base backup, then `aspirasi restore --wal-archive --until` to a moment after the backup. The
/// copy holds what was committed up to that moment (replayed from the archive, not in the backup)
/// and nothing after it.
extension BackupRestoreTests {
    @Test func restoreUntilAMomentReplaysTheArchiveUpToItAndNoFurther() async throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-pitr")
        defer { try? FileManager.default.removeItem(at: root) }
        let dataDir = root.appendingPathComponent("data").path
        let archiveDir = root.appendingPathComponent("archive").path
        let backupDir = root.appendingPathComponent("backup").path
        let restoredDir = root.appendingPathComponent("restored").path

        // The cluster exists (migrated) before archiving is turned on, as on a running installation.
        let migrated = try await command(["migrate", "--data-dir", dataDir])
        #expect(migrated.status == 0, "\(migrated.output)")
        let archiving = try await command(["wal-archive", archiveDir, "--data-dir", dataDir])
        #expect(archiving.status == 0, "\(archiving.output)")

        let port = try HubProcess.freePort()
        let hub = try HubProcess.start(
            ["serve", "--data-dir", dataDir, "--port", "\(port)"], environment: ["LOG_LEVEL": "warning"])
        defer { if hub.process.isRunning { hub.signal(SIGKILL) } }
        #expect(try await ready(hub, port: port), "the hub did not start:\n\(hub.log)")
        let added = try await command(["apikey", "add", "pitr", "--data-dir", dataDir])
        #expect(added.status == 0, "\(added.output)")
        let key = try #require(added.output.split(whereSeparator: \.isNewline).last.map(String.init))

        let backup = try await command(["backup", backupDir, "--data-dir", dataDir])
        #expect(backup.status == 0, "\(backup.output)")

        // After the backup: a first batch, the moment to recover to, then a second batch.
        let cluster = try EmbeddedCluster(dataDirectory: dataDir)
        let configuration = cluster.clientConfiguration(database: DatabaseLauncher.embeddedDatabaseName)
        let before = try await submitAll(port: port, key: key, range: 1...8)
        let moment = try await PostgresClient.withRunning(configuration, logger: .quiet) { client in
            try await strings(client, "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
                .first
        }
        let recoverTo = try #require(moment)
        let after = try await submitAll(port: port, key: key, range: 101...108)
        #expect(before.count == 8 && after.count == 8, "every report was acknowledged")

        // Close the WAL segment holding both batches and wait until it is in the archive.
        let archived = try await PostgresClient.withRunning(configuration, logger: .quiet) { client in
            let segment = try await strings(client, "SELECT pg_walfile_name(pg_switch_wal())").first
            return try await eventually(within: .seconds(60)) {
                guard let segment else { return false }
                return FileManager.default.fileExists(atPath: "\(archiveDir)/\(segment)")
            }
        }
        #expect(archived, "the segment reached the archive")
        hub.signal(SIGTERM)
        #expect(try await hub.exitStatus() == 0)

        let restore = try await command([
            "restore", backupDir, "--wal-archive", archiveDir, "--until", recoverTo, "--data-dir", restoredDir,
        ])
        #expect(restore.status == 0, "\(restore.output)")
        let restoredCluster = try EmbeddedCluster(dataDirectory: restoredDir)
        _ = try restoredCluster.start()
        defer { try? restoredCluster.stop() }
        let numbers = try await PostgresClient.withRunning(
            restoredCluster.clientConfiguration(database: DatabaseLauncher.embeddedDatabaseName), logger: .quiet
        ) { client in
            // The server accepts reads while it still replays; the copy is done once it is promoted.
            let promoted = try await eventually(within: .seconds(60)) {
                let recovering = try? await strings(client, "SELECT pg_is_in_recovery()::text").first
                return recovering == "false"
            }
            #expect(promoted, "recovery reached its target and the cluster opened for writing")
            return Set(try await strings(client, "SELECT tracking_number FROM reports"))
        }
        #expect(before.isSubset(of: numbers), "missing: \(before.subtracting(numbers).sorted())")
        #expect(after.isDisjoint(with: numbers), "replayed past the target: \(after.intersection(numbers).sorted())")
    }

    private func strings(_ client: PostgresClient, _ sql: PostgresQuery) async throws -> [String] {
        var values: [String] = []
        for try await value in try await client.query(sql).decode(String.self) { values.append(value) }
        return values
    }

    /// Whether the hub answers `/readyz` (false at once if it exited).
    func ready(_ hub: HubProcess, port: Int) async throws -> Bool {
        let healthy = try await eventually(within: .seconds(120)) {
            guard hub.process.isRunning else { return true }
            let response = try? await HTTPClient.shared.execute(
                HTTPClientRequest(url: "http://127.0.0.1:\(port)/readyz"), timeout: .seconds(2))
            return response?.status.code == 200
        }
        return healthy && hub.process.isRunning
    }

    private func submitAll(port: Int, key: String, range: ClosedRange<Int>) async throws -> Set<String> {
        var numbers = Set<String>()
        for index in range {
            if let number = try await submit(port: port, key: key, index: index, apart: true) {
                numbers.insert(number)
            }
        }
        return numbers
    }
}
