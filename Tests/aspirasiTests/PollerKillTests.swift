import AspirasiTestSupport
import ChannelFakes
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A poller killed in the middle of a batch: the page it had read and partly
/// written is rolled back with its cursor, and the next hub reads it again, so
/// every post becomes exactly one report and is answered exactly once.
@Suite struct PollerKillTests {
    static let posts = 250

    /// A backend that has written messages of a batch and now waits for a lock: the poller mid-batch.
    static let midBatch: PostgresQuery = """
        SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.relation = 'inbound_messages'::regclass AND l.mode = 'RowExclusiveLock' AND a.wait_event_type = 'Lock'
        """

    @Test func killingAPollerMidBatchLosesAndDuplicatesNothing() async throws {
        let configuration = try await TestCluster.shared.freshDatabase()
        let url = try HubProcess.databaseURL(configuration)
        let qlue = FakeQlue()
        try await withLiveFake(qlue.router()) { base in
            let environment = [
                "ASPIRASI_QLUE_URL": base, "ASPIRASI_QLUE_KEY": qlue.key, "ASPIRASI_QLUE_POLL_SECONDS": "5",
            ]
            try await PostgresClient.withRunning(configuration, logger: .quiet) { client in
                let (doomed, _) = try await HubProcess.serve(databaseURL: url, environment: environment)
                defer { doomed.signal(SIGKILL) }
                try await client.withConnection { blocker in
                    // Holding the reports table makes the batch stop after it has recorded its messages.
                    try await blocker.query("BEGIN", logger: .quiet)
                    try await blocker.query("LOCK TABLE reports IN EXCLUSIVE MODE", logger: .quiet)
                    for id in 1...Self.posts {
                        await qlue.add(
                            id: 5000 + id, title: "Laporan \(id)", description: "Jalan berlubang nomor \(id)",
                            latitude: -6.1754, longitude: 106.8272)
                    }
                    let stuck = try await eventually(within: .seconds(30)) {
                        try await client.count(Self.midBatch) > 0
                    }
                    #expect(stuck, "the poller reached the middle of a batch")
                    doomed.signal(SIGKILL)
                    _ = try await doomed.exitStatus(within: .seconds(10))
                    try await blocker.query("COMMIT", logger: .quiet)
                }
                // The killed hub's transaction ends without a commit: nothing of its batch remains.
                let rolledBack = try await eventually(within: .seconds(30)) {
                    let waiting = try await client.count(Self.midBatch)
                    let open = try await client.count(
                        // This test's database only: other suites run beside it on the same cluster.
                        """
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND state LIKE 'idle in transaction%'
                        """)
                    return waiting == 0 && open == 0
                }
                #expect(rolledBack)
                #expect(try await client.count("SELECT count(*) FROM inbound_messages") == 0)
                #expect(try await client.count("SELECT count(*) FROM channel_cursors WHERE value IS NOT NULL") == 0)

                let (survivor, _) = try await HubProcess.serve(databaseURL: url, environment: environment)
                defer { survivor.signal(SIGKILL) }
                let allIn = try await eventually(within: .seconds(90)) {
                    try await client.count("SELECT count(*) FROM reports WHERE channel = 'qlue'") == Self.posts
                }
                #expect(allIn)
                #expect(
                    try await client.count("SELECT count(DISTINCT external_id) FROM inbound_messages") == Self.posts)
                #expect(try await client.count("SELECT count(*) FROM inbound_messages") == Self.posts)
                #expect(
                    try await client.count("SELECT value::int FROM channel_cursors WHERE name = 'qlue:posts'")
                        == 5000 + Self.posts)
                let answered = try await eventually(within: .seconds(90)) { await qlue.updates.count == Self.posts }
                #expect(answered)
                let targets = await qlue.updates.map(\.target)
                #expect(Set(targets).count == Self.posts, "each post acknowledged once")
            }
        }
    }
}
