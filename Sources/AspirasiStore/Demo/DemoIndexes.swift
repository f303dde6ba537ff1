import Foundation
import Logging
import PostgresNIO

/// The secondary indexes of the tables the generator writes, set aside while it loads an empty database
/// and built again afterwards from their own definitions (`pg_get_indexdef`), so the database ends with
/// exactly the indexes its migrations made. Building an index once over ten million rows costs a fraction
/// of keeping it row by row (the trigram index on the descriptions most of all). Kept during the load:
/// unique indexes and constraints' (they guard the rows), and the index on each table's report column,
/// which the per-chunk reference checks read.
struct DemoIndexes: Sendable {
    struct Index: Sendable {
        let name: String
        let definition: String
    }

    private(set) var indexes: [Index] = []

    /// Drops the secondary indexes and returns them, to `build` once the rows are in.
    static func drop(_ client: PostgresClient, logger: Logger) async throws -> DemoIndexes {
        let tables = DemoGenerator.written.map(\.table)
        let reportColumns = DemoGenerator.written.map(\.report)
        var found = DemoIndexes()
        // Largest first, the generalised (GIN, GiST) ones ahead: with several builders, the longest starts first.
        for try await (name, definition) in try await client.query(
            """
            SELECT quote_ident(i.relname), pg_get_indexdef(x.indexrelid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_am am ON am.oid = i.relam
            JOIN unnest(\(tables)::text[], \(reportColumns)::text[]) AS w(tab, report) ON w.tab = t.relname
            JOIN pg_attribute first ON first.attrelid = t.oid AND first.attnum = x.indkey[0]
            WHERE t.relnamespace = 'public'::regnamespace AND NOT x.indisunique AND NOT x.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
              AND NOT (first.attname = w.report AND x.indpred IS NULL)
            ORDER BY am.amname = 'btree', pg_relation_size(t.oid) DESC, i.relname
            """, logger: logger
        ).decode((String, String).self) {
            found.indexes.append(Index(name: name, definition: definition))
        }
        for index in found.indexes {
            try await client.execute(PostgresQuery(unsafeSQL: "DROP INDEX IF EXISTS \(index.name)"), logger: logger)
        }
        return found
    }

    /// Builds the indexes set aside, `connections` at a time; one that exists already is left as it is.
    func build(
        _ client: PostgresClient, connections: Int, progress: @escaping @Sendable (String) -> Void, logger: Logger
    ) async throws {
        guard !indexes.isEmpty else { return }
        let queue = DemoIndexQueue(indexes)
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<min(connections, indexes.count) {
                group.addTask {
                    try await client.withConnection { db in
                        try await db.execute("SET maintenance_work_mem = '512MB'", logger: logger)
                        while let index = await queue.next() {
                            try await db.execute(
                                PostgresQuery(unsafeSQL: Self.ifMissing(index.definition)), logger: logger)
                            let seconds = (ContinuousClock.now - started).inSeconds
                            progress("built index \(index.name) (\(String(format: "%.0f", seconds)) s)")
                        }
                        try await db.execute("RESET maintenance_work_mem", logger: logger)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// `CREATE INDEX name ...` as `CREATE INDEX IF NOT EXISTS name ...`, on every partition: the definition
    /// of a partitioned table's index reads `ON ONLY` (the parent alone, left invalid until each partition's
    /// index is attached), and built so the partitions would have none, the queue a scan of every month.
    static func ifMissing(_ definition: String) -> String {
        let definition = definition.replacingOccurrences(of: " ON ONLY ", with: " ON ")
        for prefix in ["CREATE INDEX ", "CREATE UNIQUE INDEX "] where definition.hasPrefix(prefix) {
            return prefix + "IF NOT EXISTS " + definition.dropFirst(prefix.count)
        }
        return definition
    }
}

/// The indexes still to build, handed out one at a time.
actor DemoIndexQueue {
    private var pending: [DemoIndexes.Index]

    init(_ indexes: [DemoIndexes.Index]) {
        pending = indexes.reversed()
    }

    func next() -> DemoIndexes.Index? { pending.popLast() }
}
