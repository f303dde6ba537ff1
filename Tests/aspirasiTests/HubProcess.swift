import AspirasiTestSupport
import Foundation

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
}
