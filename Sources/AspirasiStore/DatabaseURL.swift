import Foundation
import PostgresNIO

/// A PostgreSQL server named by a URL:
/// `postgres://user:password@host:5432/database?sslmode=disable|prefer|require`,
/// or a unix socket with `?host=/path/to/socket/directory`.
public struct DatabaseURL: Sendable, Equatable {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public let host: String
    public let port: Int
    public let username: String
    public let password: String?
    public let database: String
    public let tlsMode: TLSMode
    /// Set when `host` names a socket directory.
    public let socketDirectory: String?

    public init(parsing text: String) throws(StoreError) {
        guard let components = URLComponents(string: text),
            let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme)
        else {
            throw StoreError(.configuration, "DATABASE_URL must look like postgres://user:password@host:5432/database")
        }
        let query = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else {
            throw StoreError(.configuration, "DATABASE_URL names no database (expected …/databasename)")
        }
        guard let username = components.user, !username.isEmpty else {
            throw StoreError(.configuration, "DATABASE_URL names no user (expected postgres://user@host/database)")
        }
        let mode = query["sslmode"] ?? "prefer"
        guard let tlsMode = TLSMode(rawValue: mode == "verify-full" ? "require" : mode) else {
            throw StoreError(
                .configuration, "DATABASE_URL sslmode must be disable, prefer, require or verify-full, not \(mode)")
        }
        self.socketDirectory = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let host = components.host ?? ""
        guard !host.isEmpty || socketDirectory != nil else {
            throw StoreError(.configuration, "DATABASE_URL names no host")
        }
        self.host = host
        self.port = components.port ?? 5432
        guard (1...65535).contains(port) else {
            throw StoreError(.configuration, "DATABASE_URL port must be between 1 and 65535")
        }
        self.username = username.removingPercentEncoding ?? username
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = path.removingPercentEncoding ?? path
        self.tlsMode = tlsMode
    }

    public func clientConfiguration() -> PostgresClient.Configuration {
        if let socketDirectory {
            return .init(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password,
                database: database)
        }
        let tls: PostgresClient.Configuration.TLS =
            switch tlsMode {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
        return .init(host: host, port: port, username: username, password: password, database: database, tls: tls)
    }

    /// The URL without its password, for logs.
    public var redacted: String {
        let target = socketDirectory ?? "\(host):\(port)"
        return "postgres://\(username)@\(target)/\(database)"
    }
}
