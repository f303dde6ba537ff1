import Logging
import PostgresNIO

/// Anything that runs a query: the pooled client, or one connection inside a
/// transaction. Repositories take this so the intake can run them in its own
/// transaction and the API can run them on the pool.
public protocol DatabaseQuerying: Sendable {
    func run(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRowSequence
    /// Runs a named prepared statement, parsed and planned once per connection.
    func prepared<Statement: PostgresPreparedStatement>(_ statement: Statement, logger: Logger) async throws
        -> AsyncThrowingMapSequence<PostgresRowSequence, Statement.Row>
}

extension PostgresClient: DatabaseQuerying {
    public func run(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRowSequence {
        try await self.query(query, logger: logger)
    }

    public func prepared<Statement: PostgresPreparedStatement>(_ statement: Statement, logger: Logger) async throws
        -> AsyncThrowingMapSequence<PostgresRowSequence, Statement.Row>
    {
        try await self.execute(statement, logger: logger)
    }
}

extension PostgresConnection: DatabaseQuerying {
    public func run(_ query: PostgresQuery, logger: Logger) async throws -> PostgresRowSequence {
        try await self.query(query, logger: logger)
    }

    public func prepared<Statement: PostgresPreparedStatement>(_ statement: Statement, logger: Logger) async throws
        -> AsyncThrowingMapSequence<PostgresRowSequence, Statement.Row>
    {
        try await self.execute(statement, logger: logger)
    }
}

extension DatabaseQuerying {
    /// Runs a statement for its effect, reading (and dropping) whatever rows it returns.
    func execute(_ query: PostgresQuery, logger: Logger) async throws {
        for try await _ in try await run(query, logger: logger) {}
    }

    /// The first row decoded as `T`, or nil when there is none.
    func first<each T: PostgresDecodable>(
        _ query: PostgresQuery, as types: (repeat each T).Type, logger: Logger
    ) async throws -> (repeat each T)? {
        for try await row in try await run(query, logger: logger).decode(types) { return row }
        return nil
    }
}

extension Logger {
    public static let silent = Logger(label: "aspirasi.silent", factory: { _ in SwiftLogNoOpLogHandler() })
}
