import AspirasiTestSupport
import AsyncHTTPClient
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `aspirasi serve` as an operator runs it: its own embedded PostgreSQL,
/// started, reused and stopped by the hub.
@Suite struct ServeCommandTests {
    @Test func firstRunRestartAndCleanStop() async throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-serve")
        defer { try? FileManager.default.removeItem(at: root) }
        let dataDir = root.appendingPathComponent("data").path
        let pidFile = "\(dataDir)/pgdata/postmaster.pid"

        for (round, signal) in [(1, SIGTERM), (2, SIGINT)] {
            let port = try HubProcess.freePort()
            let hub = try HubProcess.start(["serve", "--data-dir", dataDir, "--port", "\(port)"])
            let healthy = try await eventually(within: .seconds(90)) {
                guard hub.process.isRunning else { return true }
                return try await get("http://127.0.0.1:\(port)/health").status == 200
            }
            #expect(healthy && hub.process.isRunning, "round \(round) never became healthy:\n\(hub.log)")
            let monas = try await get("http://127.0.0.1:\(port)/api/v1/locate?lat=-6.1754&lon=106.8272")
            #expect(monas.status == 200)
            #expect(monas.body.contains("Gambir"))
            #expect(FileManager.default.fileExists(atPath: pidFile), "the cluster runs while the hub does")

            hub.signal(signal)
            let status = try await hub.exitStatus()
            #expect(status == 0, "round \(round) exit:\n\(hub.log)")
            #expect(!FileManager.default.fileExists(atPath: pidFile), "the hub stopped its cluster")
            let log = hub.log
            if round == 1 {
                #expect(log.contains("initialised: true"))
                #expect(log.contains("reference data imported"))
            } else {
                #expect(log.contains("initialised: false"), "a restart reuses the data")
                #expect(!log.contains("reference data imported"), "nothing is imported twice")
            }
        }
    }

    @Test func everyInvalidSettingIsReportedBeforeExit() async throws {
        let hub = try HubProcess.start(
            ["serve", "--port", "eighty", "--log-level", "loud"], environment: ["DATABASE_URL": "mysql://x/y"])
        let status = try await hub.exitStatus()
        #expect(status == 78)
        let log = hub.log
        #expect(log.contains("port"))
        #expect(log.contains("log level"))
        #expect(log.contains("DATABASE_URL"))
    }

    struct Reply {
        let status: UInt
        let body: String
    }

    func get(_ url: String) async throws -> Reply {
        do {
            let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: url), timeout: .seconds(5))
            let body = try await response.body.collect(upTo: 1 << 20)
            return Reply(status: response.status.code, body: String(buffer: body))
        } catch {
            return Reply(status: 0, body: "\(error)")
        }
    }
}
