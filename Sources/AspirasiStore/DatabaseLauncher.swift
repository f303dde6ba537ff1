import Foundation
import Logging
import PostgresNIO

/// Opens the database a command needs: starts the embedded cluster when no
/// server is configured, and creates the hub's database in it.
public enum DatabaseLauncher {
    public static let embeddedDatabaseName = "aspirasi"

    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> OpenedDatabase {
        switch location {
        case .server(let url):
            return OpenedDatabase(configuration: url.clientConfiguration(), cluster: nil, startedCluster: false)
        case .embedded(let dataDirectory):
            let cluster = try EmbeddedCluster(dataDirectory: dataDirectory)
            let outcome = try await offload { try cluster.start() }
            logger.info(
                "embedded PostgreSQL ready",
                metadata: ["data_dir": "\(cluster.root.path)", "outcome": "\(outcome)"])
            let started = outcome != .alreadyRunning
            do {
                try await createDatabaseIfMissing(embeddedDatabaseName, in: cluster, logger: logger)
            } catch {
                if started { try? await offload { try cluster.stop() } }
                throw error
            }
            return OpenedDatabase(
                configuration: cluster.clientConfiguration(database: embeddedDatabaseName),
                cluster: cluster, startedCluster: started)
        }
    }

    static func createDatabaseIfMissing(_ name: String, in cluster: EmbeddedCluster, logger: Logger) async throws {
        let quoted = try quotedIdentifier(name)
        try await PostgresClient.withRunning(cluster.clientConfiguration(database: "postgres"), logger: logger) {
            client in
            let rows = try await client.query("SELECT 1 FROM pg_database WHERE datname = \(name)")
            var exists = false
            for try await _ in rows { exists = true }
            if !exists {
                try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(quoted)"))
            }
        }
    }
}

/// A database ready for a client, and what to do when the command ends.
public struct OpenedDatabase: Sendable {
    public let configuration: PostgresClient.Configuration
    public let cluster: EmbeddedCluster?
    /// True when this process started the cluster and so must stop it.
    public let startedCluster: Bool

    /// Stops the embedded cluster if this process started it; a cluster that a
    /// running hub started is left to that hub.
    public func close() async throws {
        guard startedCluster, let cluster else { return }
        try await offload { try cluster.stop() }
    }
}

extension EmbeddedCluster {
    public func clientConfiguration(database: String) -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            unixSocketPath: socketPath, username: Self.superuser, password: nil, database: database)
        configuration.options.maximumConnections = 40
        return configuration
    }
}
