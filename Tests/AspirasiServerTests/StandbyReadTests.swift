import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import PostgresNIO
import Testing

/// The read path against a real streaming standby (`pg_basebackup -R` of a primary on loopback):
/// dashboards' counts and the evaluation are read from the standby while it keeps up, from the
/// primary while it lags more than the bound or cannot be reached, and the answers stay right.
@Suite struct StandbyReadTests {
    @Test func lagTolerantReadsUseTheStandbyUntilItLagsOrGoes() async throws {
        let pair = try await StandbyPair.start()
        defer { pair.stop() }
        try await PostgresClient.withRunning(pair.primaryConfiguration, logger: .quiet) { primary in
            let tokens = TokenBox()
            // A bound no test outlasts: the standby stays in use however far behind it falls.
            let patient = ReadDatabase(primary: primary, standby: standbyClient(pair), maxLagSeconds: 3600)
            try await withLiveHub(database: pair.primaryConfiguration, configure: { $0.readDatabase = patient }) {
                hub in
                // Polled: a measurement that times out on a loaded machine sends reads to the primary until the next.
                #expect(
                    try await eventually { try await inRecovery(patient) },
                    "a read through the hub's read database reaches the standby")

                await tokens.set(try await hub.signIn("pimpinan.dki", unit: "31", role: .pimpinan))
                let token = try #require(await tokens.token)
                _ = try await hub.newReport("standby-1")
                #expect(try await eventually { try await counted(hub, token) == 1 }, "the standby replays the report")
                let month = EvaluationMonth(containing: Date().timeIntervalSince1970)
                let evaluation = try await hub.get(token, "/api/v1/evaluations/\(month)")
                #expect(evaluation.status == .ok, "computed on the standby, stored on the primary")
                #expect(try await primary.count("SELECT count(*) FROM evaluations") == 1)

                try await standbyQuery(patient, "SELECT pg_wal_replay_pause()")
                #expect(try await eventually { try await replayPaused(patient) })
                _ = try await hub.newReport("standby-2")
                #expect(try await primary.count("SELECT count(*) FROM reports") == 2)
                let behind = try await eventually {
                    if case .usable(let lag) = patient.state { return lag > 0 }
                    return false
                }
                #expect(behind, "the monitor sees the paused standby fall behind: \(patient.state)")
                #expect(
                    try await eventually { try await counted(hub, token) == 1 },
                    "within the bound the counts come from the stale standby (the primary has 2)")
            }

            // The same paused standby under a one-second bound: reads go to the primary, and are right.
            let strict = ReadDatabase(primary: primary, standby: standbyClient(pair), maxLagSeconds: 1)
            try await withLiveHub(database: pair.primaryConfiguration, configure: { $0.readDatabase = strict }) {
                hub in
                let token = try #require(await tokens.token)
                #expect(try await eventually { if case .lagging = strict.state { true } else { false } })
                #expect(try await !inRecovery(strict), "a lagging standby is not read")
                #expect(try await counted(hub, token) == 2)
                #expect(try await eventually { try await gauge(hub, "aspirasi_read_standby_in_use") == 0 })
                #expect(try await gauge(hub, "aspirasi_read_standby_lag_seconds") ?? 0 > 1)

                try await PostgresClient.withRunning(pair.standbyConfiguration, logger: .quiet) {
                    _ = try await $0.query("SELECT pg_wal_replay_resume()")
                }
                #expect(try await eventually { try await inRecovery(strict) }, "caught up again: \(strict.state)")
                #expect(try await counted(hub, token) == 2)

                try pair.standby.stop()
                #expect(try await eventually { strict.state == .unreachable }, "\(strict.state)")
                #expect(try await !inRecovery(strict), "an unreachable standby is not read")
                #expect(try await counted(hub, token) == 2)
            }
        }
    }

    func standbyClient(_ pair: StandbyPair) -> PostgresClient {
        PostgresClient(configuration: pair.standbyConfiguration, backgroundLogger: .quiet)
    }

    /// Whether the read database's chosen server is in recovery: only a standby is.
    func inRecovery(_ reads: ReadDatabase) async throws -> Bool {
        try await reads.read { client in
            for try await value in try await client.query("SELECT pg_is_in_recovery()").decode(Bool.self) {
                return value
            }
            return false
        }
    }

    func standbyQuery(_ reads: ReadDatabase, _ query: PostgresQuery) async throws {
        let standby = try #require(reads.standby)
        _ = try await standby.query(query)
    }

    func replayPaused(_ reads: ReadDatabase) async throws -> Bool {
        let standby = try #require(reads.standby)
        for try await state in try await standby.query("SELECT pg_get_wal_replay_pause_state()").decode(String.self) {
            return state == "paused"
        }
        return false
    }

    /// A gauge without labels as `/metrics` shows it.
    func gauge(_ hub: LiveHub, _ name: String) async throws -> Double? {
        let text = String(buffer: try await hub.get(nil, "/metrics").body)
        let line = text.split(separator: "\n").first { $0.hasPrefix(name + " ") }
        return line.flatMap { Double($0.dropFirst(name.count + 1)) }
    }

    /// The reports the dashboard's counts show.
    func counted(_ hub: LiveHub, _ token: String) async throws -> Int {
        let response = try await hub.get(token, "/api/v1/reports/counts")
        let statuses = (try json(response)["statuses"] as? [[String: Any]]) ?? []
        return statuses.compactMap { $0["count"] as? Int }.reduce(0, +)
    }
}

/// The officer's token, signed in on the first hub and still valid on the second (sessions live in the database).
actor TokenBox {
    private(set) var token: String?
    func set(_ token: String) { self.token = token }
}
