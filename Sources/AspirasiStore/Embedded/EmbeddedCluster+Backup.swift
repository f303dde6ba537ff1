import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Base backups of the embedded cluster and their restore, with `pg_basebackup` and
/// `pg_verifybackup`: a backup is a plain copy of the cluster plus the WAL written while it was
/// taken (`-X stream`), consistent whatever the hub commits meanwhile, and checked against its
/// manifest both when taken and before it is restored.
extension EmbeddedCluster {
    /// The file, inside the cluster, that turns WAL archiving on or off (`setWALArchive`);
    /// `postgresql.conf` includes it.
    static let archiveSettingsFile = "aspirasi-archive.conf"

    /// Takes a base backup of the running cluster into `target`, a new or empty directory.
    /// Returns what `pg_verifybackup` said about it.
    public func backup(to target: String) throws(StoreError) -> String {
        let directory = URL(fileURLWithPath: target).standardizedFileURL
        try requireEmptyDirectory(directory)
        let output = try run(
            "pg_basebackup",
            [
                "-h", socketDirectory, "-p", "\(Self.port)", "-U", Self.superuser, "-D", directory.path, "-F", "p",
                "-X", "stream", "-c", "fast", "-w", "-l", "aspirasi backup",
            ])
        guard output.status == 0 else {
            throw StoreError(.cluster, "pg_basebackup failed: \(output.text.oneLine)")
        }
        return try verify(directory.path)
    }

    /// Makes this (not yet initialised) data directory's cluster a copy of the backup in `source`.
    /// With `walArchive`, the cluster replays archived WAL past the backup when it next starts, up to
    /// `until` (a PostgreSQL timestamp) or the archive's end, then opens for writing.
    public func restore(from source: String, walArchive: String? = nil, until: String? = nil) throws(StoreError) {
        guard !isInitialised else {
            throw StoreError(
                .configuration,
                "\(clusterDirectory) already holds a cluster; restore into a new --data-dir (the old one is never overwritten)"
            )
        }
        let backup = URL(fileURLWithPath: source).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: "\(backup)/PG_VERSION"),
            FileManager.default.fileExists(atPath: "\(backup)/backup_manifest")
        else {
            throw StoreError(.configuration, "\(backup) is not a base backup made by aspirasi backup")
        }
        _ = try verify(backup)
        try prepareDirectories()
        let copied = try runTool("/bin/cp", ["-a", "--", backup, clusterDirectory])
        guard copied.status == 0 else {
            throw StoreError(.cluster, "could not copy the backup: \(copied.text.oneLine)")
        }
        guard let walArchive else { return }
        try Self.requireSafePath(walArchive, what: "WAL archive")
        var settings = "\n# Set by aspirasi restore: replay archived WAL, then open for writing.\n"
        settings += "restore_command = 'cp \"\(walArchive)/%f\" \"%p\"'\n"
        if let until {
            guard !until.contains("'") else { throw StoreError(.configuration, "--until must not contain a quote") }
            settings += "recovery_target_time = '\(until)'\nrecovery_target_action = 'promote'\n"
        }
        try append(settings, to: "\(clusterDirectory)/postgresql.auto.conf")
        try append("", to: "\(clusterDirectory)/recovery.signal")
    }

    /// Turns WAL archiving into `directory` on (nil: off) from the cluster's next start. With a base
    /// backup, the archive allows recovery to any moment since (point-in-time recovery).
    public func setWALArchive(_ directory: String?) throws(StoreError) {
        guard isInitialised else {
            throw StoreError(.configuration, "no cluster in \(clusterDirectory) yet: start the hub once first")
        }
        var settings = "# Written by aspirasi wal-archive.\n"
        if let directory {
            try Self.requireSafePath(directory, what: "WAL archive")
            let archive = URL(fileURLWithPath: directory).standardizedFileURL
            do {
                try FileManager.default.createDirectory(at: archive, withIntermediateDirectories: true)
            } catch {
                throw StoreError(.cluster, "could not create \(archive.path): \(error.localizedDescription)")
            }
            try makePrivate(archive.path)
            if runner.runAs != nil { try requireTraversable(archive) }
            settings += """
                archive_mode = on
                archive_command = 'test ! -f "\(archive.path)/%f" && cp "%p" "\(archive.path)/%f"'
                archive_timeout = 60

                """
        } else {
            settings += "archive_mode = off\n"
        }
        let file = "\(clusterDirectory)/\(Self.archiveSettingsFile)"
        try? FileManager.default.removeItem(atPath: file)
        try append(settings, to: file)
        let conf = "\(clusterDirectory)/postgresql.conf"
        let include = "include_if_exists = '\(Self.archiveSettingsFile)'"
        let current = (try? String(contentsOfFile: conf, encoding: .utf8)) ?? ""
        if !current.contains(include) { try append("\n\(include)\n", to: conf) }
    }

    private func verify(_ directory: String) throws(StoreError) -> String {
        let checked = try run("pg_verifybackup", [directory])
        guard checked.status == 0 else {
            throw StoreError(.cluster, "the backup in \(directory) does not verify: \(checked.text.oneLine)")
        }
        return checked.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The backup's directory: created if missing, empty, private, and writable by the cluster's user.
    private func requireEmptyDirectory(_ directory: URL) throws(StoreError) {
        let fileManager = FileManager.default
        let entries = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
        guard entries.isEmpty else {
            throw StoreError(.configuration, "\(directory.path) is not empty; give a new or empty directory")
        }
        do {
            try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError(.cluster, "could not create \(directory.path): \(error.localizedDescription)")
        }
        try makePrivate(directory.path)
        if runner.runAs != nil { try requireTraversable(directory) }
    }

    /// The archive path goes into a shell command PostgreSQL runs: plain path characters only.
    static func requireSafePath(_ path: String, what: String) throws(StoreError) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-")
        guard path.hasPrefix("/"), path.allSatisfy({ allowed.contains($0) }) else {
            throw StoreError(
                .configuration, "the \(what) must be an absolute path of letters, digits, '/', '.', '_' and '-'")
        }
    }

    private func runTool(_ program: String, _ arguments: [String]) throws(StoreError) -> CommandRunner.Output {
        do {
            return try runner.run(program, arguments)
        } catch {
            throw StoreError(.cluster, "could not run \(program): \(error.localizedDescription)")
        }
    }

    /// Appends to a file of the cluster (created if missing), handing a new file to the cluster's user.
    private func append(_ text: String, to path: String) throws(StoreError) {
        let fileManager = FileManager.default
        let existed = fileManager.fileExists(atPath: path)
        if !existed { _ = fileManager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) }
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw StoreError(.cluster, "could not write \(path): \(error.localizedDescription)")
        }
        if !existed, let owner = runner.owner() { _ = chown(path, owner.uid, owner.gid) }
    }
}
