import AspirasiStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

public enum TemporaryDirectory {
    static let prefixes = [
        "aspirasi-test-cluster", "aspirasi-launcher", "aspirasi-serve", "aspirasi-nodb", "aspirasi-standby",
    ]

    /// A new directory under /tmp that the postgres user can pass through, as
    /// the embedded cluster needs when tests run as root. It records the test
    /// process's pid, so that a later run can clean up after a crashed one.
    public static func make(prefix: String) throws -> URL {
        let url = URL(fileURLWithPath: "/tmp").appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o711], ofItemAtPath: url.path)
        try String(getpid()).write(to: url.appendingPathComponent("owner.pid"), atomically: true, encoding: .utf8)
        return url
    }

    /// Stops the clusters and removes the directories of test processes that
    /// died without cleaning up (a crash skips every defer and atexit).
    static func reapOrphans() {
        let tmp = URL(fileURLWithPath: "/tmp")
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []
        for entry in entries where prefixes.contains(where: { entry.hasPrefix($0 + "-") }) {
            let root = tmp.appendingPathComponent(entry)
            guard let text = try? String(contentsOf: root.appendingPathComponent("owner.pid"), encoding: .utf8),
                let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                kill(owner, 0) != 0, errno == ESRCH
            else { continue }
            for directory in ["standby", "data"] {
                if let cluster = try? EmbeddedCluster(dataDirectory: root.appendingPathComponent(directory).path) {
                    try? cluster.stop()
                }
            }
            try? FileManager.default.removeItem(at: root)
        }
    }
}
