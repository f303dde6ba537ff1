import AspirasiStore
import AspirasiTestSupport
import Foundation
import PostgresNIO
import Testing

/// A transaction whose connection the server closes (a restart, `pg_ctl stop -m immediate`) must
/// fail, not wait for ever: the soak test found every intake batch of three hubs stuck after one
/// database restart, because PostgresNIO never answers a query written to a closed connection.
@Suite struct ClosedConnectionTransactionTests {
    @Test func aTransactionWhoseConnectionClosesFailsInsteadOfWaitingForEver() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let ended = try await Self.outcome(within: .seconds(20)) {
                try await client.transaction(logger: .silent) { db in
                    try await Self.closeUnderneath(db, using: client)
                    // Written to the closed connection: PostgresNIO would wait for its answer for ever.
                    try await db.query("SELECT 1", logger: .silent)
                }
            }
            #expect(ended == "failed")
            // The client is still usable: the next transaction gets a live connection.
            let answer = try await client.transaction(logger: .silent) { db in
                for try await value in try await db.query("SELECT 41 + 1", logger: .silent).decode(Int.self) {
                    return value
                }
                return 0
            }
            #expect(answer == 42)
        }
    }

    @Test func aTransactionThatEndsNormallyKeepsItsOutcome() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            try await client.query("CREATE TABLE kept (n int)")
            try await client.transaction(logger: .silent) { db in
                try await db.query("INSERT INTO kept VALUES (1)", logger: .silent)
            }
            await #expect(throws: (any Error).self) {
                try await client.transaction(logger: .silent) { db in
                    try await db.query("INSERT INTO kept VALUES (2)", logger: .silent)
                    try await db.query("SELECT 1 / 0", logger: .silent)
                }
            }
            #expect(try await client.count("SELECT count(*) FROM kept") == 1)
        }
    }

    /// Ends `db`'s server process from another connection and waits until `db` has seen it close.
    static func closeUnderneath(_ db: PostgresConnection, using client: PostgresClient) async throws {
        var pid: Int32 = 0
        for try await value in try await db.query("SELECT pg_backend_pid()", logger: .silent).decode(Int32.self) {
            pid = value
        }
        try await client.query("SELECT pg_terminate_backend(\(pid))")
        let deadline = ContinuousClock.now + .seconds(10)
        while !db.isClosed, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(db.isClosed)
    }

    /// "committed", "failed", or "waiting" when `work` had not ended within `limit` (a task that
    /// never returns cannot be cancelled or awaited, so it is raced, not awaited).
    static func outcome(
        within limit: Duration, _ work: @escaping @Sendable () async throws -> Void
    ) async throws -> String {
        let stream = AsyncStream<String> { continuation in
            Task {
                do {
                    try await work()
                    continuation.yield("committed")
                } catch {
                    continuation.yield("failed")
                }
            }
            Task {
                try? await Task.sleep(for: limit)
                continuation.yield("waiting")
            }
        }
        for await first in stream { return first }
        return "waiting"
    }
}
