import Foundation

/// A real Dovecot (IMAP with IDLE, plain and TLS) and an SMTP sink (plain and
/// TLS, with a throw-away CA) on loopback, started by `scripts/mail-servers.sh`
/// under a directory of their own and stopped by `stop()`.
public struct MailServers: Sendable {
    public let directory: URL
    public let imapPort: Int
    public let imapsPort: Int
    public let smtpPort: Int
    public let smtpsPort: Int
    public let username: String
    public let password: String

    public static func start() async throws -> MailServers {
        // Short path: Dovecot puts unix sockets under it, and those are limited to about 100 bytes.
        let directory = URL(fileURLWithPath: "/tmp/aspirasi-mail-\(UUID().uuidString.prefix(8).lowercased())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        do {
            try await runScript("start", directory: directory)
        } catch {
            try? await runScript("stop", directory: directory)
            throw error
        }
        func read(_ name: String) throws -> String {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func port(_ name: String) throws -> Int {
            guard let port = Int(try read(name)) else { throw ScriptError(message: "no port in \(name)") }
            return port
        }
        return MailServers(
            directory: directory, imapPort: try port("imap.port"), imapsPort: try port("imaps.port"),
            smtpPort: try port("smtp.port"), smtpsPort: try port("smtps.port"), username: try read("imap.user"),
            password: try read("imap.password"))
    }

    /// Servers for the duration of `body`, stopped afterwards whatever happens.
    public static func with<T: Sendable>(_ body: @Sendable (MailServers) async throws -> T) async throws -> T {
        let servers = try await start()
        do {
            let result = try await body(servers)
            await servers.stop()
            return result
        } catch {
            await servers.stop()
            throw error
        }
    }

    /// The CA that signed the servers' certificate (for localhost and 127.0.0.1).
    public var caPath: String { directory.appendingPathComponent("tls/ca.pem").path }

    /// Stops the servers and removes their directory (kept, for its logs, when MAIL_TEST_KEEP_DIR is set).
    public func stop() async {
        try? await Self.runScript("stop", directory: directory)
        if ProcessInfo.processInfo.environment["MAIL_TEST_KEEP_DIR"] == nil {
            try? FileManager.default.removeItem(at: directory)
        }
    }

    /// Every message the SMTP sink has accepted, oldest first, as text.
    public func receivedMail() throws -> [String] {
        let folder = directory.appendingPathComponent("smtp")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try names.filter { $0.hasSuffix(".eml") }.sorted().map {
            String(decoding: try Data(contentsOf: folder.appendingPathComponent($0)), as: UTF8.self)
        }
    }

    public struct ScriptError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The script, found by walking up from this file, or named by MAIL_SERVERS_SCRIPT.
    static func scriptPath() throws -> String {
        if let path = ProcessInfo.processInfo.environment["MAIL_SERVERS_SCRIPT"] { return path }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("scripts/mail-servers.sh")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            directory.deleteLastPathComponent()
        }
        throw ScriptError(message: "scripts/mail-servers.sh not found above \(#filePath)")
    }

    static func runScript(_ command: String, directory: URL) async throws {
        let log = directory.appendingPathComponent("script-\(command).log").path
        let status = try await SpawnedProcess.run(
            "/bin/bash", [try scriptPath(), command, directory.path], outputPath: log)
        guard status == 0 else {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw ScriptError(message: "mail-servers.sh \(command) failed (\(status)): \(output)")
        }
    }
}
