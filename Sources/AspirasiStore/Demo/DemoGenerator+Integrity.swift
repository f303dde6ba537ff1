import Logging
import PostgresNIO

extension DemoGenerator {
    /// The tables a chunk writes, and the column that ties each row to the chunk's reports.
    static let written: [(table: String, report: String)] = [
        ("reports", "id"), ("report_events", "report_id"), ("deliveries", "report_id"),
        ("inbound_messages", "report_id"), ("report_photos", "report_id"), ("report_followers", "report_id"),
        ("report_escalations", "report_id"),
    ]

    /// How a bulk load keeps the foreign keys: checked row by row by PostgreSQL's triggers (the ordinary way),
    /// or, where the database lets us (a superuser, and no trigger of the schema's own on the written tables),
    /// once per chunk by set-based queries, which costs a fraction: the triggers are more than half of what
    /// inserting a delivery costs. The checks are made from the catalogue, so a foreign key added later is
    /// checked too; a chunk that breaks one is rolled back.
    struct ReferenceChecks: Sendable {
        /// One query per foreign key: the constraint's name when a row of the chunk breaks it.
        let queries: [String]

        var setBased: Bool { !queries.isEmpty }
    }

    /// The triggers that take each row's unique key in its key table (migration 0048). A set-based load runs
    /// without triggers, so `claimKeys` takes the chunk's keys itself; the foreign keys to the key tables are
    /// then checked with the others.
    static let keyClaims = ["reports_tracking_number_claim", "inbound_messages_key_claim", "deliveries_key_claim"]

    func referenceChecks(logger: Logger) async throws -> ReferenceChecks {
        let tables = Self.written.map(\.table)
        let superuser =
            try await client.first(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user", as: Bool.self, logger: logger) ?? false
        let ownTriggers =
            try await client.first(
                """
                SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE NOT t.tgisinternal AND c.relname = ANY(\(tables)::text[]) AND (t.tgtype & 4) <> 0
                  AND t.tgname <> ALL(\(Self.keyClaims)::text[])
                """, as: Int.self, logger: logger) ?? 1
        guard superuser, ownTriggers == 0 else { return ReferenceChecks(queries: []) }
        var queries: [String] = []
        for try await (name, table, parent, columns, pairs) in try await client.query(
            """
            SELECT quote_literal(k.conname), quote_ident(c.relname), quote_ident(p.relname),
                   array_agg('c.' || quote_ident(a.attname) ORDER BY u.n),
                   array_agg('c.' || quote_ident(a.attname) || ' = p.' || quote_ident(pa.attname) ORDER BY u.n)
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
            CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(col, ref, n)
            JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.col
            JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = u.ref
            -- The partitioned tables' own keys: the copies PostgreSQL keeps for each partition (conparentid
            -- set) would check a reference against one partition only.
            WHERE k.contype = 'f' AND k.conparentid = 0 AND c.relname = ANY(\(tables)::text[])
            GROUP BY k.conname, c.relname, p.relname
            """, logger: logger
        ).decode((String, String, String, [String], [String]).self) {
            guard let report = Self.written.first(where: { "\($0.table)" == table })?.report else { continue }
            // A reference that is NULL is no reference; otherwise its row must exist.
            let present = columns.map { $0 + " IS NOT NULL" }
            queries.append(
                """
                SELECT \(name) FROM \(table) c
                WHERE c.\(report) IN (SELECT id FROM r) AND \(present.joined(separator: " AND "))
                  AND NOT EXISTS (SELECT 1 FROM \(parent) p WHERE \(pairs.joined(separator: " AND ")))
                LIMIT 1
                """)
        }
        return ReferenceChecks(queries: queries)
    }

    /// Takes the unique keys of the chunk's reports, messages and deliveries in their key tables, as the
    /// `keyClaims` triggers would row by row (a key taken twice fails the chunk on the key table's primary key).
    func claimKeys(_ checks: ReferenceChecks, _ db: PostgresConnection, _ logger: Logger) async throws {
        guard checks.setBased else { return }
        try await db.execute(
            """
            INSERT INTO report_tracking_numbers (tracking_number, report_id)
            SELECT tracking_number, id FROM reports WHERE id IN (SELECT id FROM r)
            """, logger: logger)
        try await db.execute(
            """
            INSERT INTO inbound_message_keys (channel, external_id, message_id)
            SELECT channel, external_id, id FROM inbound_messages WHERE report_id IN (SELECT id FROM r)
            """, logger: logger)
        try await db.execute(
            """
            INSERT INTO delivery_keys (idempotency_key, delivery_id)
            SELECT idempotency_key, id FROM deliveries WHERE report_id IN (SELECT id FROM r)
            """, logger: logger)
    }

    /// Runs the set-based checks on the chunk's rows; throws naming the first foreign key broken.
    func checkReferences(_ checks: ReferenceChecks, _ db: PostgresConnection, _ logger: Logger) async throws {
        guard checks.setBased else { return }
        // An index probe per row of the chunk, never a scan of the table it refers to: the checks cost the
        // same at the ten-millionth report as at the first (the last statements of the chunk's transaction).
        for setting in ["enable_hashjoin", "enable_mergejoin", "enable_seqscan"] {
            try await db.execute(PostgresQuery(unsafeSQL: "SET LOCAL \(setting) = off"), logger: logger)
        }
        let sql = checks.queries.map { "(\($0))" }.joined(separator: " UNION ALL ")
        for try await broken in try await db.run(PostgresQuery(unsafeSQL: sql), logger: logger).decode(String.self) {
            throw StoreError(.unavailable, "the demo load broke the foreign key \(broken); nothing of it was kept")
        }
    }
}
