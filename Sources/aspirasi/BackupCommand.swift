import ArgumentParser
import AspirasiServer
import AspirasiStore
import Foundation

/// The embedded cluster named by the common options; an external server is the operator's own
/// PostgreSQL, backed up with its tools (README: "Backups").
private func embeddedCluster(_ common: CommonOptions) throws -> EmbeddedCluster {
    let configuration = try resolveConfiguration(common.flags())
    guard case .embedded(let dataDirectory) = configuration.database else {
        FileHandle.standardError.write(
            Data(
                "aspirasi: with DATABASE_URL the database is your own server: back it up with pg_basebackup and WAL archiving there (see README, Backups)\n"
                    .utf8))
        throw ExitCode.failure
    }
    return try EmbeddedCluster(dataDirectory: dataDirectory)
}

/// Runs `body`, printing a store error as one line.
private func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as StoreError {
        FileHandle.standardError.write(Data("aspirasi: \(error.message)\n".utf8))
        throw ExitCode.failure
    }
}

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Take a consistent base backup of the embedded PostgreSQL into DIR, while the hub runs, and verify it.")

    @Argument(help: "A new or empty directory for the backup.")
    var directory: String

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let cluster = try embeddedCluster(common)
        try reporting {
            // Like the other commands: a cluster the hub runs is used and left running; one started here is stopped.
            let started = try cluster.start() != .alreadyRunning
            defer { if started { try? cluster.stop() } }
            let verified = try cluster.backup(to: directory)
            print("backup written to \(directory) (\(verified))")
        }
    }
}

struct Restore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a new data directory's cluster from a backup taken by `aspirasi backup`; then start the hub.")

    @Argument(help: "The backup's directory.")
    var directory: String

    @Option(help: "Replay WAL archived here (`aspirasi wal-archive`) past the backup: point-in-time recovery.")
    var walArchive: String?

    @Option(help: "With --wal-archive: stop replaying at this time, e.g. '2026-11-30 09:15:00+07'.")
    var until: String?

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let cluster = try embeddedCluster(common)
        if until != nil && walArchive == nil {
            throw ValidationError("--until needs --wal-archive")
        }
        try reporting {
            try cluster.restore(from: directory, walArchive: walArchive, until: until)
        }
        print("restored into \(cluster.root.path); start the hub with --data-dir \(cluster.root.path)")
    }
}

struct WALArchive: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wal-archive",
        abstract: "Archive the embedded cluster's WAL into DIR (or stop with --off), from its next start.")

    @Argument(help: "Where finished WAL segments are copied; keep it on another disk.")
    var directory: String?

    @Flag(help: "Stop archiving.")
    var off = false

    @OptionGroup var common: CommonOptions

    func run() async throws {
        guard (directory == nil) == off else { throw ValidationError("give a directory, or --off") }
        let cluster = try embeddedCluster(common)
        try reporting { try cluster.setWALArchive(off ? nil : directory) }
        print(
            cluster.isRunning()
                ? "saved; restart the hub for it to take effect" : "saved; it takes effect when the hub starts")
    }
}
