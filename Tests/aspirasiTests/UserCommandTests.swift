import AspirasiTestSupport
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `aspirasi user …` as an operator runs it, against the hub's database.
@Suite struct UserCommandTests {
    @Test func operatorsDisableEnableRevokeAndResetFromTheCommandLine() async throws {
        let configuration = try await TestCluster.shared.freshDatabase()
        let url = try HubProcess.databaseURL(configuration)
        @Sendable func user(_ arguments: [String], input: String? = nil) async throws -> (
            status: Int32?, output: String
        ) {
            try await runCommand(["user"] + arguments, databaseURL: url, input: input)
        }
        let add = ["add", "petugas.cli", "--unit", "31.71.01.1001", "--role", "petugas", "--password-stdin"]
        let tooLong = try await user(add, input: String(repeating: "a", count: 80) + "\n")
        #expect(tooLong.status != 0)
        #expect(tooLong.output.contains("72 bytes"), "\(tooLong.output)")
        let added = try await user(add, input: "kata-sandi-cli-1\n")
        #expect(added.status == 0, "\(added.output)")

        try await PostgresClient.withRunning(configuration, logger: .quiet) { client in
            func count(_ sql: String) async throws -> Int { try await client.count(PostgresQuery(unsafeSQL: sql)) }
            func newSession(_ seed: String) async throws {
                try await client.query(
                    PostgresQuery(
                        unsafeSQL: """
                            INSERT INTO officer_tokens (officer_id, token_hash, kind)
                            SELECT id, sha256('\(seed)'::bytea), 'session' FROM officers WHERE username = 'petugas.cli'
                            """))
            }
            let working = "SELECT count(*) FROM officer_tokens WHERE revoked_at IS NULL"
            try await newSession("first")

            let disabled = try await user(["disable", "petugas.cli"])
            #expect(disabled.status == 0, "\(disabled.output)")
            #expect(disabled.output.contains("revoked 1"))
            #expect(try await count("SELECT count(*) FROM officers WHERE disabled_at IS NOT NULL") == 1)
            #expect(try await count(working) == 0)
            let listed = try await user(["list"])
            #expect(
                listed.output.contains("petugas.cli") && listed.output.contains("disabled since"), "\(listed.output)")

            #expect(try await user(["enable", "petugas.cli"]).status == 0)
            #expect(try await count("SELECT count(*) FROM officers WHERE disabled_at IS NOT NULL") == 0)

            func passwordHash() async throws -> String? {
                for try await hash in try await client.query("SELECT password_hash FROM officers").decode(String.self) {
                    return hash
                }
                return nil
            }
            let before = try await passwordHash()
            let refused = try await user(
                ["reset-password", "petugas.cli", "--password-stdin"], input: String(repeating: "b", count: 73) + "\n")
            #expect(refused.status != 0)
            #expect(try await passwordHash() == before)
            let reset = try await user(
                ["reset-password", "petugas.cli", "--password-stdin"], input: "kata-sandi-cli-2\n")
            #expect(reset.status == 0, "\(reset.output)")
            #expect(try await passwordHash() != before)

            try await newSession("second")
            try await newSession("third")
            let revoked = try await user(["revoke-tokens", "petugas.cli"])
            #expect(revoked.output.contains("revoked 2"), "\(revoked.output)")
            #expect(try await count(working) == 0)

            let unknown = try await user(["disable", "nobody"])
            #expect(unknown.status == 1)
            #expect(unknown.output.contains("no account nobody"))
        }
    }
}

/// Runs the built `aspirasi` with `arguments` against `databaseURL`, feeding `input` to its standard
/// input; its exit status (nil if it ran past a minute) and everything it printed.
func runCommand(_ arguments: [String], databaseURL: String, input: String?) async throws
    -> (status: Int32?, output: String)
{
    let process = Process()
    process.executableURL = HubProcess.executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["DATABASE_URL"] = databaseURL
    environment["LOG_LEVEL"] = "warning"
    process.environment = environment
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).log")
    defer { try? FileManager.default.removeItem(at: output) }
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = handle
    let standardInput = Pipe()
    process.standardInput = standardInput
    try process.run()
    if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
    try standardInput.fileHandleForWriting.close()
    let hub = HubProcess(process: process, stderr: output)
    let status = try await hub.exitStatus()
    if status == nil { hub.signal(SIGKILL) }
    return (status, hub.log)
}
