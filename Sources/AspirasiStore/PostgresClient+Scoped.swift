import Logging
import PostgresNIO

extension PostgresClient {
    /// Runs `body` with a running client and shuts the client down afterwards.
    /// For commands and tests; the hub runs its client as a service instead.
    public static func withRunning<T: Sendable>(
        _ configuration: PostgresClient.Configuration,
        logger: Logger,
        _ body: @Sendable (PostgresClient) async throws -> T
    ) async throws -> T {
        // The pool warns when the body leases before run() got going; that race is harmless here.
        var background = logger
        background.logLevel = max(logger.logLevel, .error)
        let client = PostgresClient(configuration: configuration, backgroundLogger: background)
        return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }
}

/// Quotes a PostgreSQL identifier we generate ourselves (database names);
/// anything but lower-case letters, digits and underscores is refused.
func quotedIdentifier(_ name: String) throws(StoreError) -> String {
    let allowed = name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    guard allowed, !name.isEmpty, name.utf8.count < 64 else {
        throw StoreError(.configuration, "invalid database name \(name)")
    }
    return "\"\(name)\""
}
