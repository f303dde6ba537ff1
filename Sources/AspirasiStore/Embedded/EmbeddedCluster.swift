import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A private PostgreSQL cluster that Aspirasi owns, under one data directory:
///
///     <data-dir>/pgdata   the cluster (initdb on first start)
///     <data-dir>/run      its unix socket; it never listens on TCP
///     <data-dir>/log      the server log
///
/// The socket directory is private to the owner, so local trust
/// authentication lets in only this user (and root).
public struct EmbeddedCluster: Sendable {
    public static let superuser = "aspirasi"
    static let port = 5432

    public enum StartOutcome: Equatable, Sendable {
        /// We started it; `initialised` tells whether initdb ran first.
        case started(initialised: Bool)
        /// Another process (a running hub, say) had started it already.
        case alreadyRunning
    }

    public let root: URL
    let binaries: PostgresBinaries
    let runner: CommandRunner

    public init(dataDirectory: String, binaries: PostgresBinaries? = nil) throws(StoreError) {
        self.root = URL(fileURLWithPath: dataDirectory).standardizedFileURL
        if let binaries { self.binaries = binaries } else { self.binaries = try PostgresBinaries.locate() }
        self.runner = CommandRunner.forCurrentUser()
        guard !root.path.contains("'") else {
            throw StoreError(.configuration, "data directory \(root.path) must not contain a single quote")
        }
        guard socketPath.utf8.count < 100 else {
            throw StoreError(
                .configuration,
                "data directory \(root.path) is too long for a unix socket path; choose a shorter --data-dir")
        }
    }

    public var clusterDirectory: String { root.appendingPathComponent("pgdata").path }
    public var socketDirectory: String { root.appendingPathComponent("run").path }
    public var socketPath: String { "\(socketDirectory)/.s.PGSQL.\(Self.port)" }
    public var logFile: String { root.appendingPathComponent("log/postgresql.log").path }

    var isInitialised: Bool {
        FileManager.default.fileExists(atPath: "\(clusterDirectory)/PG_VERSION")
    }

    public func isRunning() -> Bool {
        guard isInitialised, let output = try? runner.run(binaries.path("pg_ctl"), ["status", "-D", clusterDirectory])
        else { return false }
        return output.status == 0
    }

    /// Initialises the cluster if needed and starts it, unless it already runs.
    public func start() throws(StoreError) -> StartOutcome {
        try binaries.requirePostGIS()
        try prepareDirectories()
        var initialised = false
        if !isInitialised {
            try initdb()
            initialised = true
        }
        if isRunning() { return .alreadyRunning }
        let options = "-k '\(socketDirectory)' -p \(Self.port)"
        let output = try run(
            "pg_ctl", ["start", "-D", clusterDirectory, "-l", logFile, "-w", "-t", "60", "-o", options])
        guard output.status == 0 else {
            throw StoreError(.cluster, "PostgreSQL did not start (see \(logFile)): \(output.text.oneLine)")
        }
        return .started(initialised: initialised)
    }

    /// A fast shutdown: open sessions are ended, committed work is kept.
    public func stop() throws(StoreError) {
        guard isRunning() else { return }
        let output = try run("pg_ctl", ["stop", "-D", clusterDirectory, "-m", "fast", "-w", "-t", "60"])
        guard output.status == 0 else {
            throw StoreError(.cluster, "PostgreSQL did not stop: \(output.text.oneLine)")
        }
    }

    private func initdb() throws(StoreError) {
        let output = try run(
            "initdb",
            [
                "-D", clusterDirectory, "-U", Self.superuser, "--auth=trust", "--encoding=UTF8",
                "--locale=C.UTF-8",
            ])
        guard output.status == 0 else {
            throw StoreError(.cluster, "initdb failed: \(output.text.oneLine)")
        }
        // Only the unix socket: nobody else on the machine can reach a trust-authenticated cluster.
        let settings = """

            # Set by aspirasi: a private cluster reached only through its unix socket.
            listen_addresses = ''
            unix_socket_permissions = 0700
            max_connections = 300
            shared_buffers = 256MB
            # JIT compiled the incident and evaluation queries on every run: 2.4 s of compiling for
            # a 0.8 s query under the million-message soak. The hub's statements are short.
            jit = off

            """
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(clusterDirectory)/postgresql.conf"))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(settings.utf8))
        } catch {
            throw StoreError(.cluster, "could not configure \(clusterDirectory)/postgresql.conf: \(error)")
        }
    }

    func prepareDirectories() throws(StoreError) {
        let fileManager = FileManager.default
        do {
            for sub in ["", "run", "log"] {
                let path = sub.isEmpty ? root.path : root.appendingPathComponent(sub).path
                try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
                try makePrivate(path)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(
                .cluster, "could not create the data directory \(root.path): \(error.localizedDescription)")
        }
        if runner.runAs != nil { try requireTraversable(root) }
    }

    /// Mode 0700 and, as root, owned by `postgres`: set through a descriptor opened without following a
    /// symbolic link, so a link planted in the data directory (`run -> /etc`) is refused, never handed over.
    func makePrivate(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw StoreError(.cluster, "\(path) is a symbolic link or not a directory; refusing to use it")
        }
        defer { close(fd) }
        guard fchmod(fd, 0o700) == 0 else { throw StoreError(.cluster, "could not make \(path) private") }
        if let owner = runner.owner(), fchown(fd, owner.uid, owner.gid) != 0 {
            throw StoreError(.cluster, "could not hand \(path) to the postgres user")
        }
    }

    /// As root the cluster runs as `postgres`, which must be able to reach the data directory
    /// (and a backup's directory).
    func requireTraversable(_ target: URL) throws(StoreError) {
        var directory = target.deletingLastPathComponent()
        while directory.path != "/" {
            var info = stat()
            if stat(directory.path, &info) == 0, info.st_mode & 0o001 == 0 {
                throw StoreError(
                    .cluster,
                    "the postgres user cannot reach \(target.path) because \(directory.path) is closed to others; choose another --data-dir or chmod o+x \(directory.path)"
                )
            }
            directory = directory.deletingLastPathComponent()
        }
    }

    func run(_ program: String, _ arguments: [String]) throws(StoreError) -> CommandRunner.Output {
        do {
            return try runner.run(binaries.path(program), arguments)
        } catch {
            throw StoreError(.cluster, "could not run \(program): \(error.localizedDescription)")
        }
    }
}

extension String {
    /// Command output folded onto one line for an error message.
    var oneLine: String {
        split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " | ")
    }
}
