import Foundation

public enum TemporaryDirectory {
    /// A new directory under /tmp that the postgres user can pass through,
    /// as the embedded cluster needs when tests run as root.
    public static func make(prefix: String) throws -> URL {
        let url = URL(fileURLWithPath: "/tmp").appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o711], ofItemAtPath: url.path)
        return url
    }
}
