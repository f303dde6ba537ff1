import Foundation

/// A streaming standby of an embedded cluster, on the same machine: `pg_basebackup -R` copies the
/// running primary and writes `primary_conninfo` (its unix socket) and `standby.signal`, so that the
/// copy, once started, replays the primary's WAL as it streams in and answers reads meanwhile.
extension EmbeddedCluster {
    /// Makes this (not yet initialised) data directory's cluster a standby of `primary`, which must run.
    public func makeStandby(of primary: EmbeddedCluster) throws(StoreError) {
        guard !isInitialised else {
            throw StoreError(.configuration, "\(clusterDirectory) already holds a cluster; give a new --data-dir")
        }
        try prepareDirectories()
        let output = try run(
            "pg_basebackup",
            [
                "-h", primary.socketDirectory, "-p", "\(Self.port)", "-U", Self.superuser, "-D", clusterDirectory,
                "-F", "p", "-X", "stream", "-R", "-c", "fast", "-w",
            ])
        guard output.status == 0 else {
            throw StoreError(.cluster, "pg_basebackup failed: \(output.text.oneLine)")
        }
    }
}
