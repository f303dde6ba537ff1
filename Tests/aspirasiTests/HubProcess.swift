import AspirasiTestSupport
import AsyncHTTPClient
import Foundation
import PostgresNIO

#if canImport(Glibc)
    import Glibc
#endif

/// The built `aspirasi` executable, run as a separate process the way an operator runs it.
struct HubProcess {
    let process: Process
    let stderr: URL

    static var executable: URL {
        // The test bundle sits in the same build folder as the executable.
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("aspirasi")
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> HubProcess {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DATABASE_URL")
        process.environment = env.merging(environment) { $1 }
        let stderr = FileManager.default.temporaryDirectory.appendingPathComponent("hub-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let handle = try FileHandle(forWritingTo: stderr)
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        return HubProcess(process: process, stderr: stderr)
    }

    var log: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to end, up to `deadline`; nil if it is still running then.
    func exitStatus(within deadline: Duration = .seconds(60)) async throws -> Int32? {
        let end = ContinuousClock.now + deadline
        while process.isRunning {
            guard ContinuousClock.now < end else { return nil }
            try await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
    }

    /// A TCP port nobody listens on right now.
    static func freePort() throws -> Int { try freeTCPPort() }

    /// The test database as the DATABASE_URL a hub process is given.
    static func databaseURL(_ configuration: PostgresClient.Configuration) throws -> String {
        guard let socket = configuration.unixSocketPath, let dot = socket.range(of: "/.s.PGSQL.", options: .backwards),
            let database = configuration.database
        else { throw POSIXError(.EINVAL) }
        let port = socket[dot.upperBound...]
        return "postgres://\(configuration.username)@localhost:\(port)/\(database)?host=\(socket[..<dot.lowerBound])"
    }

    /// `aspirasi serve` on a free port against the database, once its health check answers.
    static func serve(databaseURL url: String, environment: [String: String]) async throws -> (HubProcess, Int) {
        let port = try freePort()
        let hub = try start(
            ["serve", "--port", "\(port)"],
            environment: ["DATABASE_URL": url, "LOG_LEVEL": "warning"].merging(environment) { $1 })
        let healthy = try await eventually(within: .seconds(60)) {
            guard hub.process.isRunning else { return true }
            let response = try? await HTTPClient.shared.execute(
                HTTPClientRequest(url: "http://127.0.0.1:\(port)/health"), timeout: .seconds(2))
            return response?.status.code == 200
        }
        guard healthy, hub.process.isRunning else {
            hub.signal(SIGKILL)
            throw StartError(log: hub.log)
        }
        return (hub, port)
    }

    struct StartError: Error, CustomStringConvertible {
        let log: String
        var description: String { "the hub did not start:\n\(log)" }
    }
}
