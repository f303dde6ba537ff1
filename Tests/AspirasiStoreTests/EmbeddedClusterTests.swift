import AspirasiStore
import AspirasiTestSupport
import Foundation
import Logging
import PostgresNIO
import Testing

/// The launcher the hub uses, on a cluster of its own (not the shared test cluster).
@Suite struct EmbeddedClusterTests {
    @Test func firstStartRestartAndStop() async throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-launcher")
        defer { try? FileManager.default.removeItem(at: root) }
        let cluster = try EmbeddedCluster(dataDirectory: root.appendingPathComponent("data").path)
        defer { try? cluster.stop() }

        #expect(try cluster.start() == .started(initialised: true))
        #expect(cluster.isRunning())
        #expect(try cluster.start() == .alreadyRunning, "a second start reuses the running cluster")
        #expect(FileManager.default.fileExists(atPath: cluster.socketPath))

        let configuration = cluster.clientConfiguration(database: "postgres")
        try await PostgresClient.withRunning(configuration, logger: .quiet) { (client: PostgresClient) async throws in
            try await client.query("CREATE TABLE kept (value text)")
            try await client.query("INSERT INTO kept VALUES ('still here')")
        }
        try cluster.stop()
        #expect(!cluster.isRunning())
        #expect(!FileManager.default.fileExists(atPath: cluster.socketPath))

        #expect(try cluster.start() == .started(initialised: false), "restart reuses the data, no initdb")
        let kept = try await PostgresClient.withRunning(configuration, logger: .quiet) {
            (client: PostgresClient) async throws in
            var values: [String] = []
            for try await value in try await client.query("SELECT value FROM kept").decode(String.self) {
                values.append(value)
            }
            return values
        }
        #expect(kept == ["still here"])
        try cluster.stop()
        #expect(!cluster.isRunning())
    }

    @Test func onlyTheUnixSocketListens() throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-launcher")
        defer { try? FileManager.default.removeItem(at: root) }
        let cluster = try EmbeddedCluster(dataDirectory: root.appendingPathComponent("data").path)
        defer { try? cluster.stop() }
        _ = try cluster.start()
        let conf = try String(contentsOfFile: "\(cluster.clusterDirectory)/postgresql.conf", encoding: .utf8)
        #expect(conf.contains("listen_addresses = ''"))
        #expect(conf.hasSuffix("\n"), "a line an operator appends must not join our last one")
        let mode = try FileManager.default.attributesOfItem(atPath: cluster.socketDirectory)[.posixPermissions] as? Int
        #expect(mode == 0o700, "the socket directory is private, so trust authentication admits only its owner")
    }

    @Test func missingBinariesNameTheDebianPackages() {
        #expect {
            try PostgresBinaries.locate(environment: [:], searchRoot: "/nonexistent")
        } throws: { error in
            let message = (error as? StoreError)?.message ?? ""
            return message.contains("postgresql-15") && message.contains("postgresql-15-postgis-3")
                && !message.contains("\n")
        }
    }

    @Test func refusesADataDirectoryTooLongForASocket() {
        let long = "/tmp/" + String(repeating: "d", count: 120)
        #expect(throws: StoreError.self) { try EmbeddedCluster(dataDirectory: long) }
    }

    /// Run as root, the set-up hands its directories to `postgres`: a symbolic link planted in their place
    /// must be refused, not followed to change the owner and mode of whatever it points at.
    @Test func aSymbolicLinkInTheDataDirectoryIsNeverFollowed() throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-launcher")
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: target.path)
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: data.appendingPathComponent("run").path, withDestinationPath: target.path)
        let cluster = try EmbeddedCluster(dataDirectory: data.path)
        defer { try? cluster.stop() }
        #expect {
            try cluster.start()
        } throws: { error in
            (error as? StoreError)?.message.contains("symbolic link") == true
        }
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(mode == 0o755)
    }
}
