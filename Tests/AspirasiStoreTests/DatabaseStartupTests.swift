import AspirasiTestSupport
import Foundation
import Logging
import PostgresNIO
import Synchronization
import Testing

@testable import AspirasiStore

/// A hub that starts while its database is down waits for it instead of exiting.
@Suite struct DatabaseStartupTests {
    @Test func unreachableIsRetriedAndARefusalIsNot() async throws {
        let attempts = Atomic<Int>(0)
        let answer = try await DatabaseStartup.waitingForDatabase(patience: .seconds(30), logger: .quiet) {
            if attempts.add(1, ordering: .relaxed).newValue < 3 { throw StoreError(.unavailable, "down") }
            return "up"
        }
        #expect(answer == "up")
        #expect(attempts.load(ordering: .relaxed) == 3)

        let refused = Atomic<Int>(0)
        await #expect(throws: StoreError.self) {
            try await DatabaseStartup.waitingForDatabase(patience: .seconds(30), logger: .quiet) {
                refused.add(1, ordering: .relaxed)
                throw StoreError(.migration, "a migration failed")
            }
        }
        #expect(refused.load(ordering: .relaxed) == 1, "a refusal is not the database being away")
    }

    @Test func patienceRunsOut() async throws {
        await #expect(throws: StoreError.self) {
            try await DatabaseStartup.waitingForDatabase(patience: .milliseconds(600), logger: .quiet) {
                throw StoreError(.unavailable, "still down")
            }
        }
    }

    /// The hub's own start-up step (migrations, reference data) begun against a stopped cluster
    /// finishes once the cluster is started.
    @Test func preparationBegunWhileTheClusterIsDownFinishesWhenItComesUp() async throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-startup")
        defer { try? FileManager.default.removeItem(at: root) }
        let cluster = try EmbeddedCluster(dataDirectory: root.appendingPathComponent("data").path)
        defer { try? cluster.stop() }
        _ = try cluster.start()
        try await PostgresClient.withRunning(cluster.clientConfiguration(database: "postgres"), logger: .quiet) {
            (client: PostgresClient) async throws in
            try await client.query("CREATE DATABASE aspirasi")
        }
        try cluster.stop()
        let started = Attempts()
        try await PostgresClient.withRunning(cluster.clientConfiguration(database: "aspirasi"), logger: .quiet) {
            (client: PostgresClient) async throws in
            let preparation = Task {
                try await DatabaseStartup.waitingForDatabase(patience: .seconds(90), logger: .quiet) {
                    started.count.add(1, ordering: .relaxed)
                    return try await DatabasePreparation.prepare(client, logger: .quiet)
                }
            }
            #expect(try await eventually { started.count.load(ordering: .relaxed) > 0 })
            #expect(!cluster.isRunning())
            _ = try cluster.start()
            let outcome = try await preparation.value
            #expect(!outcome.appliedMigrations.isEmpty)
            #expect(outcome.imported != nil, "the reference data came in once the database was there")
        }
    }
}

/// Shared with the task that counts its attempts.
final class Attempts: Sendable {
    let count = Atomic<Int>(0)
}
