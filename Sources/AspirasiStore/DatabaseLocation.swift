import Foundation

/// Which PostgreSQL the hub and every CLI command use.
public enum DatabaseLocation: Sendable, Equatable {
    /// The private cluster under a data directory (the embedded default).
    case embedded(dataDirectory: String)
    /// An external server, from DATABASE_URL.
    case server(DatabaseURL)

    /// The default data directory: `$XDG_DATA_HOME/aspirasi`, else `~/.local/share/aspirasi`.
    /// Root gets `/var/lib/aspirasi`, because the postgres user cannot enter root's home.
    public static func defaultDataDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment, isRoot: Bool
    ) -> String {
        if isRoot { return "/var/lib/aspirasi" }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return "\(xdg)/aspirasi" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return "\(home)/.local/share/aspirasi"
    }

    public var description: String {
        switch self {
        case .embedded(let directory): "embedded PostgreSQL in \(directory)"
        case .server(let url): url.redacted
        }
    }
}
