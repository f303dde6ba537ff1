#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program to completion with posix_spawn, output to a file (used to start and stop daemons).
///
/// Why not Foundation's `Process`: inside the test runner its `waitUntilExit()` was seen to hang
/// after the child had exited, and it passes the runner's blocked-signal mask on to the child, so
/// daemons started from it ignored SIGTERM. Here the child gets an empty mask and default handlers,
/// and the exit is polled with WNOHANG, so no thread blocks.
public enum SpawnedProcess {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Returns the exit status (-1 if the child died from a signal).
    public static func run(_ executable: String, _ arguments: [String], outputPath: String) async throws -> Int32 {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&fileActions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        #if canImport(Darwin)
            let environment = _NSGetEnviron().pointee
        #else
            let environment = environ
        #endif
        let spawned = posix_spawn(&pid, executable, &fileActions, &attributes, argv, environment)
        guard spawned == 0 else { throw Failure(description: "posix_spawn \(executable) failed: \(spawned)") }

        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1 && errno != EINTR { throw Failure(description: "waitpid failed: \(errno)") }
            try await Task.sleep(for: .milliseconds(20))
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let signalled = status & 0x7F
        return signalled == 0 ? (status >> 8) & 0xFF : -1
    }
}
