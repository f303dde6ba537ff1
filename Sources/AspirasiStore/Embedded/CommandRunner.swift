import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the PostgreSQL tools, as the `postgres` system user when we are root,
/// because PostgreSQL refuses to run as root.
///
/// It spawns with posix_spawn and waits with waitpid rather than using
/// Foundation's `Process`: `Process` notices exit through a socket that the
/// child inherits, and `pg_ctl start` leaves a daemon holding it, so
/// `waitUntilExit` would never return.
struct CommandRunner: Sendable {
    struct Output: Sendable {
        let status: Int32
        let text: String
    }

    /// The system user the commands run as; nil runs them as ourselves.
    let runAs: String?

    static func forCurrentUser() -> CommandRunner {
        CommandRunner(runAs: geteuid() == 0 ? "postgres" : nil)
    }

    /// Runs `executable` and returns its combined output; never throws for a non-zero exit.
    func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let argv =
            runAs.map { ["/usr/sbin/runuser", "-u", $0, "--", executable] + arguments } ?? [executable] + arguments
        // Output goes to a file, not a pipe: a daemon started by pg_ctl must never hold our pipe open.
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent(
            "aspirasi-cmd-\(UUID().uuidString).log")
        let fd = open(capture.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        defer { try? FileManager.default.removeItem(at: capture) }
        let status = try spawnAndWait(argv, output: fd)
        close(fd)
        let text = (try? String(contentsOf: capture, encoding: .utf8)) ?? ""
        return Output(status: status, text: text)
    }

    private func spawnAndWait(_ argv: [String], output fd: Int32) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fd, 1)
        posix_spawn_file_actions_adddup2(&actions, fd, 2)
        Self.keepDescriptorsFromChildren()
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else { throw POSIXError(.init(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw POSIXError(.init(rawValue: errno) ?? .ECHILD) }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import as macros.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Marks every descriptor above stderr close-on-exec, so that the postgres
    /// daemon never inherits the hub's sockets (its listener, a parent's pipes).
    private static func keepDescriptorsFromChildren() {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for entry in entries {
            guard let fd = Int32(entry), fd > 2 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }

    /// The uid and gid of `runAs`, for handing it the directories it must write.
    func owner() -> (uid: uid_t, gid: gid_t)? {
        guard let name = runAs, let entry = getpwnam(name) else { return nil }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }
}
