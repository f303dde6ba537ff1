import AspirasiStore
import Foundation
import PostgresNIO

/// A primary embedded cluster holding a prepared hub database (migrated, Jakarta imported) and a
/// streaming standby of it made with `pg_basebackup -R`, each on its own unix socket: a real
/// replication pair on one machine, for the read path's tests. The primary is its own cluster, not
/// the shared test cluster, whose hundreds of test databases would make the base backup slow.
public struct StandbyPair: Sendable {
    public let root: URL
    public let primary: EmbeddedCluster
    public let standby: EmbeddedCluster

    public static func start() async throws -> StandbyPair {
        TemporaryDirectory.reapOrphans()
        let root = try TemporaryDirectory.make(prefix: "aspirasi-standby")
        let primary = try EmbeddedCluster(dataDirectory: root.appendingPathComponent("data").path)
        let standby = try EmbeddedCluster(dataDirectory: root.appendingPathComponent("standby").path)
        let pair = StandbyPair(root: root, primary: primary, standby: standby)
        do {
            _ = try primary.start()
            let name = DatabaseLauncher.embeddedDatabaseName
            try await PostgresClient.withRunning(primary.clientConfiguration(database: "postgres"), logger: .quiet) {
                try await $0.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            }
            try await PostgresClient.withRunning(primary.clientConfiguration(database: name), logger: .quiet) {
                try await DatabasePreparation.prepare($0, logger: .quiet)
            }
            try standby.makeStandby(of: primary)
            _ = try standby.start()
        } catch {
            pair.stop()
            throw error
        }
        return pair
    }

    public var primaryConfiguration: PostgresClient.Configuration {
        primary.clientConfiguration(database: DatabaseLauncher.embeddedDatabaseName)
    }

    public var standbyConfiguration: PostgresClient.Configuration {
        standby.clientConfiguration(database: DatabaseLauncher.embeddedDatabaseName)
    }

    /// Stops both clusters and removes their directory.
    public func stop() {
        try? standby.stop()
        try? primary.stop()
        try? FileManager.default.removeItem(at: root)
    }
}
