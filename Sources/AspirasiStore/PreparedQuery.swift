import Foundation
import Logging
import PostgresNIO

/// Runs an interpolated `PostgresQuery` as a named prepared statement, so
/// PostgreSQL parses and plans it once per connection instead of per call.
///
/// PostgresNIO names prepared statements by type and wants their SQL as a
/// static property. `Shape` is a phantom type standing for one call site; the
/// SQL text a call site builds is the same every time (only the bindings
/// change), so it is registered on first use and checked on every use.
/// Every optional value in such a query carries an explicit cast, because a
/// NULL sent first would otherwise fix the parameter's type wrongly.
struct PreparedQuery<Shape, Row: Sendable>: PostgresPreparedStatement {
    static var sql: String { SQLRegistry.shared.sql(for: ObjectIdentifier(Shape.self)) }

    let bindings: PostgresBindings
    let decode: @Sendable (PostgresRow) throws -> Row

    init(_ query: PostgresQuery, decode: @escaping @Sendable (PostgresRow) throws -> Row) {
        SQLRegistry.shared.register(query.sql, for: ObjectIdentifier(Shape.self))
        self.bindings = query.binds
        self.decode = decode
    }

    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> Row { try decode(row) }
}

final class SQLRegistry: @unchecked Sendable {
    static let shared = SQLRegistry()
    private let lock = NSLock()
    private var texts: [ObjectIdentifier: String] = [:]

    /// Records the text of `shape`; false when the shape already stands for another text.
    @discardableResult
    func register(_ sql: String, for shape: ObjectIdentifier) -> Bool {
        lock.withLock {
            if let known = texts[shape] { return known == sql }
            texts[shape] = sql
            return true
        }
    }

    func sql(for shape: ObjectIdentifier) -> String {
        lock.withLock { texts[shape] ?? "" }
    }
}

extension DatabaseQuerying {
    /// The first row of `query`, run as the named prepared statement `shape`.
    func firstPrepared<Shape, each T: PostgresDecodable & Sendable>(
        _ query: PostgresQuery, shape: Shape.Type, as types: (repeat each T).Type, logger: Logger
    ) async throws -> (repeat each T)? {
        // A call site whose text varies cannot be one prepared statement; run it plainly.
        guard SQLRegistry.shared.register(query.sql, for: ObjectIdentifier(Shape.self)) else {
            logger.warning("prepared shape with varying SQL", metadata: ["shape": "\(Shape.self)"])
            return try await first(query, as: types, logger: logger)
        }
        let statement = PreparedQuery<Shape, (repeat each T)>(query) { row in try row.decode((repeat each T).self) }
        do {
            for try await row in try await prepared(statement, logger: logger) { return row }
            return nil
        } catch let refused as PSQLError where Self.refusedStatement(refused) {
            logger.warning(
                "a prepared statement was refused on this connection; run plainly", metadata: ["shape": "\(Shape.self)"]
            )
            do { return try await first(query, as: types, logger: logger) } catch { throw refused }
        }
    }

    /// Every row of `query`, run as the named prepared statement `shape`.
    func allPrepared<Shape, each T: PostgresDecodable & Sendable>(
        _ query: PostgresQuery, shape: Shape.Type, as types: (repeat each T).Type, logger: Logger
    ) async throws -> [(repeat each T)] {
        var rows: [(repeat each T)] = []
        guard SQLRegistry.shared.register(query.sql, for: ObjectIdentifier(Shape.self)) else {
            logger.warning("prepared shape with varying SQL", metadata: ["shape": "\(Shape.self)"])
            for try await row in try await run(query, logger: logger).decode(types) { rows.append(row) }
            return rows
        }
        let statement = PreparedQuery<Shape, (repeat each T)>(query) { row in try row.decode((repeat each T).self) }
        do {
            for try await row in try await prepared(statement, logger: logger) { rows.append(row) }
            return rows
        } catch let refused as PSQLError where rows.isEmpty && Self.refusedStatement(refused) {
            logger.warning(
                "a prepared statement was refused on this connection; run plainly", metadata: ["shape": "\(Shape.self)"]
            )
            do {
                for try await row in try await run(query, logger: logger).decode(types) { rows.append(row) }
                return rows
            } catch { throw refused }
        }
    }

    /// A statement PostgreSQL refused to prepare (SQLSTATE class 42: an undefined table or column, as on a
    /// database still being migrated). PostgresNIO keeps that failure for the connection's life and answers
    /// it to every later use, so the statement is run plainly, parsed anew, instead. (The workers wait for
    /// the migrations, `StartGate`; this is for whatever else prepares too early.) If the plain run fails
    /// too, the first error is the one that tells.
    static func refusedStatement(_ error: PSQLError) -> Bool {
        error.serverInfo?[.sqlState]?.hasPrefix("42") == true
    }
}
