import AspirasiCore
import AspirasiStore
import Foundation
import Logging
import PostgresNIO

#if canImport(Glibc)
    import Glibc
#endif

/// One embedded PostgreSQL cluster for the whole test run, started with the
/// hub's own launcher, and a migrated, imported template database from which
/// each suite gets a fresh copy in a fraction of a second.
public actor TestCluster {
    public static let shared = TestCluster()
    static let templateName = "aspirasi_template"

    private var ready: Task<EmbeddedCluster, any Error>?
    private var counter = 0

    /// A new database, migrated and holding the reference data, that no other test sees.
    public func freshDatabase() async throws -> PostgresClient.Configuration {
        let cluster = try await prepared()
        counter += 1
        let name = "test_\(getpid())_\(counter)"
        try await PostgresClient.withRunning(cluster.clientConfiguration(database: "postgres"), logger: .quiet) {
            client in
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE \(Self.templateName)"))
        }
        return cluster.clientConfiguration(database: name)
    }

    /// A new database with nothing in it, for tests of migrations themselves.
    public func emptyDatabase() async throws -> PostgresClient.Configuration {
        let cluster = try await prepared()
        counter += 1
        let name = "empty_\(getpid())_\(counter)"
        try await PostgresClient.withRunning(cluster.clientConfiguration(database: "postgres"), logger: .quiet) {
            client in
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE template0"))
        }
        return cluster.clientConfiguration(database: name)
    }

    private func prepared() async throws -> EmbeddedCluster {
        if let ready { return try await ready.value }
        let task = Task { try await Self.start() }
        ready = task
        return try await task.value
    }

    private static func start() async throws -> EmbeddedCluster {
        TemporaryDirectory.reapOrphans()
        let root = try TemporaryDirectory.make(prefix: "aspirasi-test-cluster")
        let cluster = try EmbeddedCluster(dataDirectory: root.appendingPathComponent("data").path)
        _ = try cluster.start()
        clusterToStop.set(cluster)
        atexit { clusterToStop.stop() }
        let logger = Logger.quiet
        try await PostgresClient.withRunning(cluster.clientConfiguration(database: "postgres"), logger: logger) {
            client in
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(templateName)"))
        }
        try await PostgresClient.withRunning(cluster.clientConfiguration(database: templateName), logger: logger) {
            client in
            try await DatabasePreparation.prepare(client, logger: logger)
            // The seed-trained classifier model, trained once here rather than by every test hub's first
            // message: a debug build takes seconds for it, and a run starts hundreds of hubs at once.
            let catalog = try await IntakeCatalog.load(from: client, logger: logger)
            try await ClassifierModels(client).ensureModel(categories: catalog.categoryList, logger: logger)
        }
        return cluster
    }
}

/// The cluster to stop when the test process exits; atexit takes no context.
let clusterToStop = ClusterHolder()

final class ClusterHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var cluster: EmbeddedCluster?

    func set(_ cluster: EmbeddedCluster) {
        lock.withLock { self.cluster = cluster }
    }

    func stop() {
        guard let cluster = lock.withLock({ self.cluster }) else { return }
        try? cluster.stop()
        try? FileManager.default.removeItem(at: cluster.root.deletingLastPathComponent())
    }
}

extension Logger {
    /// Warnings and worse only, so test output stays readable.
    public static var quiet: Logger {
        var logger = Logger(label: "test")
        logger.logLevel =
            ProcessInfo.processInfo.environment["TEST_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .error
        return logger
    }
}
