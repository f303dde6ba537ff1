import AspirasiCore
import Foundation
import Logging
import NIOCore
import PostgresNIO

extension DemoGenerator {
    /// Complaint texts per category (with the classifier's confidence in each) and the other words.
    func fillWords(_ categories: [String], catalog: IntakeCatalog, logger: Logger) async throws {
        var templateCategories: [String] = []
        var bodies: [String] = []
        var confidences: [Double] = []
        for code in categories {
            for body in DemoTexts.complaints[code] ?? DemoTexts.complaints["lainnya"] ?? [] {
                templateCategories.append(code)
                bodies.append(body)
                confidences.append(catalog.classifier.classify(DemoTexts.filled(body)).confidence)
            }
        }
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.templates AS
            SELECT category, (row_number() OVER (PARTITION BY category ORDER BY ord))::int - 1 AS n, body, confidence
            FROM unnest(\(templateCategories)::text[], \(bodies)::text[], \(confidences)::float8[])
                 WITH ORDINALITY AS t(category, body, confidence, ord)
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.templates ADD PRIMARY KEY (category, n)", logger: logger)
        var lists: [(String, [String])] = [
            ("opener", DemoTexts.openers), ("closer", DemoTexts.closers), ("street", DemoTexts.streets),
            ("landmark", DemoTexts.landmarks), ("duration", DemoTexts.durations), ("vague", DemoTexts.vaguePlaces),
            ("note:coordinate", DemoTexts.coordinationNotes), ("note:return", DemoTexts.returnNotes),
            ("note:internal", DemoTexts.internalNotes), ("note:reply", DemoTexts.replies),
            ("note:reject", DemoTexts.rejectNotes), ("note:followup", DemoTexts.followUps),
            ("note:dispute", DemoTexts.disputes), ("given", DemoTexts.givenNames), ("family", DemoTexts.familyNames),
        ]
        for code in categories {
            lists.append(("done:\(code)", DemoTexts.completions[code] ?? DemoTexts.completions["lainnya"] ?? []))
        }
        let kinds = lists.flatMap { kind, words in words.map { _ in kind } }
        let words = lists.flatMap(\.1)
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.words AS
            SELECT kind, (row_number() OVER (PARTITION BY kind ORDER BY ord))::int - 1 AS n, word
            FROM unnest(\(kinds)::text[], \(words)::text[]) WITH ORDINALITY AS t(kind, word, ord)
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.words ADD PRIMARY KEY (kind, n)", logger: logger)
    }

    func fillPaths(logger: Logger) async throws {
        let rows = DemoPath.all.enumerated().flatMap { index, path in path.rows(index: index) }
        func text(_ values: [String?]) -> [String] { values.map { $0 ?? "" } }
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.paths AS
            SELECT path::int, step::int, kind, NULLIF(status_after, '') AS status_after,
                   NULLIF(status_before, '') AS status_before, status_now, actor, base, fraction, public, response,
                   bumps, handler, owner, cleared, NULLIF(note, '') AS note, NULLIF(reason, '') AS reason, new_cycle,
                   tells, NULLIF(template, '') AS template, public_note, NULLIF(outcome, '') AS outcome, photo
            FROM unnest(\(rows.map(\.path))::int8[], \(rows.map(\.step))::int8[], \(rows.map(\.kind))::text[],
                        \(text(rows.map(\.statusAfter)))::text[], \(text(rows.map(\.statusBefore)))::text[],
                        \(rows.map(\.statusNow))::text[], \(rows.map(\.actor.rawValue))::text[],
                        \(rows.map(\.pace.rawValue))::text[], \(rows.map(\.share))::float8[],
                        \(rows.map(\.isPublic))::bool[], \(rows.map(\.countsAsResponse))::bool[],
                        \(rows.map(\.bumpsVersion))::bool[], \(rows.map(\.handler.rawValue))::text[],
                        \(rows.map(\.owner.rawValue))::text[], \(rows.map(\.triageCleared))::bool[],
                        \(text(rows.map(\.note)))::text[], \(text(rows.map(\.reason)))::text[],
                        \(rows.map(\.startsCycle))::bool[], \(rows.map(\.tellsCitizens))::bool[],
                        \(text(rows.map(\.template)))::text[], \(rows.map(\.noteIsPublic))::bool[],
                        \(text(rows.map(\.outcome)))::text[], \(rows.map(\.needsPhoto))::bool[])
                 AS t(path, step, kind, status_after, status_before, status_now, actor, base, fraction, public,
                      response, bumps, handler, owner, cleared, note, reason, new_cycle, tells, template, public_note,
                      outcome, photo)
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.paths ADD PRIMARY KEY (path, step)", logger: logger)
    }

    /// The office clock as two tables: working days (`wdays`) and every working minute (`wmin`), so that
    /// "N working minutes after T" is two equality joins (see `DemoSQL.steps`).
    func fillWorkingDays(_ plan: DemoPlan, logger: Logger) async throws {
        let longest =
            try await client.first(
                "SELECT max(completion_minutes) FROM categories WHERE active AND sla_clock = 'working'", as: Int.self,
                logger: logger) ?? 0
        let table = plan.workingDays(longestTargetMinutes: longest)
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.wdays AS
            SELECT day::int, s, len, c FROM unnest(\(table.days)::int8[], \(table.starts)::float8[],
                                                   \(table.lengths)::float8[], \(table.before)::float8[])
                 AS t(day, s, len, c)
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.wdays ADD PRIMARY KEY (day)", logger: logger)
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.wmin AS
            SELECT (c / 60)::int + m AS m, day FROM aspirasi_demo.wdays, generate_series(0, (len / 60)::int - 1) m
            WHERE len > 0
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.wmin ADD PRIMARY KEY (m)", logger: logger)
    }

    /// The citizens' photos and the officers' follow-up proofs, drawn by `DemoImages`.
    func fillImages(logger: Logger) async throws {
        var kinds: [String] = []
        var types: [String] = []
        var bytes: [ByteBuffer] = []
        for variant in 0..<8 {
            let picture = DemoImages.scene(variant: variant, proof: false)
            kinds.append("citizen")
            let png = variant == 7
            types.append(png ? ImageType.png.rawValue : ImageType.jpeg.rawValue)
            bytes.append(ByteBuffer(bytes: png ? DemoImages.png(picture) : DemoImages.jpeg(picture)))
        }
        for variant in 0..<8 {
            let picture = DemoImages.scene(variant: variant * 5, proof: true)
            kinds.append("proof")
            let png = variant == 7
            types.append(png ? ImageType.png.rawValue : ImageType.jpeg.rawValue)
            bytes.append(ByteBuffer(bytes: png ? DemoImages.png(picture) : DemoImages.jpeg(picture)))
        }
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.images AS
            SELECT kind, (row_number() OVER (PARTITION BY kind ORDER BY ord))::int - 1 AS n, content_type, bytes,
                   sha256(bytes) AS sha
            FROM unnest(\(kinds)::text[], \(types)::text[], \(bytes)::bytea[]) WITH ORDINALITY AS t(kind, content_type, bytes, ord)
            """, logger: logger)
    }

    /// An officer for every unit that acts in the month (a petugas and a koordinator per kelurahan, a petugas
    /// per agency, the province's koordinator), named `staf.<unit>.<role>`. Their password is random and
    /// never shown: they exist so that every event names a real account.
    func addStaff(_ catalog: IntakeCatalog, plan: DemoPlan, password hash: String, logger: Logger) async throws {
        try await client.execute(
            """
            INSERT INTO officers (username, display_name, unit_code, role, password_hash, created_at)
            SELECT 'staf.' || lower(u.code) || '.' || r.role,
                   \(unescaped: DemoSQL.word("given", "hashtext(u.code || r.role)")) || ' '
                     || \(unescaped: DemoSQL.word("family", "hashtext(r.role || u.code)")),
                   u.code, r.role, \(hash), least(now() - interval '400 days', to_timestamp(\(plan.accountsSince)))
            FROM units u CROSS JOIN (VALUES ('petugas'), ('koordinator')) AS r(role)
            WHERE u.active AND (u.kind = 'kelurahan' OR (u.kind IN ('dinas', 'suku_dinas') AND r.role = 'petugas')
                                OR (u.code = \(catalog.provinceCode) AND r.role = 'koordinator'))
            ON CONFLICT (username) DO NOTHING
            """, logger: logger)
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.staff AS
            SELECT unit_code AS unit, role, id AS officer_id, username FROM officers WHERE username LIKE 'staf.%'
            """, logger: logger)
        try await client.execute("ALTER TABLE aspirasi_demo.staff ADD PRIMARY KEY (unit, role)", logger: logger)
    }

    /// Citizens, one contact and identity each, with handles of each channel's form that are plainly made
    /// up: +62 8xx-000-NNNNN numbers, addresses at example.org/.net/.com, numbered accounts.
    func addCitizens(_ plan: DemoPlan, logger: Logger) async throws {
        try await client.execute(
            """
            CREATE UNLOGGED TABLE aspirasi_demo.idents (channel text, n int, identity_id bigint, handle text,
                                                        PRIMARY KEY (channel, n))
            """, logger: logger)
        try await client.execute(
            #"""
            WITH pool AS (
                SELECT ch.channel, b.base + i AS num, nextval('contacts_id_seq') AS contact_id,
                       \#(unescaped: DemoSQL.word("given", "hashtext(ch.channel || i)")) AS given,
                       \#(unescaped: DemoSQL.word("family", "hashtext(i || ch.channel)")) AS family
                FROM aspirasi_demo.chan ch
                CROSS JOIN LATERAL (SELECT count(*) AS base FROM contact_identities ci WHERE ci.channel = ch.channel) b
                CROSS JOIN LATERAL generate_series(0, ch.identities - 1) i
            ), named AS (
                SELECT pool.*,
                       CASE channel
                         WHEN 'sms' THEN '+628' || (ARRAY['11','12','13','21','22','52','53','57','58','77','78','95',
                                                          '96','97','98','99'])[1 + num % 16]
                                         || '000' || lpad((num / 16)::text, 5, '0')
                         -- WhatsApp ids are the number without '+'; the same range as SMS's, so some
                         -- citizens write on both (one contact by ContactKey only when the intake joins them).
                         WHEN 'whatsapp' THEN '628' || (ARRAY['11','12','13','21','22','52','53','57','58','77','78','95',
                                                              '96','97','98','99'])[1 + num % 16]
                                              || '000' || lpad((num / 16)::text, 5, '0')
                         WHEN 'email' THEN lower(given) || '.' || lower(family) || num || '@example.'
                                           || (ARRAY['org', 'net', 'com'])[1 + num % 3]
                         WHEN 'app' THEN lower(given) || num || '@example.com'
                         WHEN 'twitter' THEN (900000000000 + num)::text
                         WHEN 'facebook' THEN (7000000000000000 + num)::text
                         WHEN 'qlue' THEN 'qlue:' || lower(given) || '_' || num
                         WHEN 'lapor' THEN 'lapor:' || (800000 + num)
                         WHEN 'forum' THEN 'forum:' || lower(given) || lower(family) || num
                         ELSE 'warga-' || num END AS handle,
                       CASE channel
                         WHEN 'sms' THEN NULL
                         WHEN 'twitter' THEN '@' || lower(given) || '_' || num
                         WHEN 'forum' THEN lower(given) || lower(family) || num
                         ELSE given || ' ' || family END AS shown
                FROM pool
            ), contact AS (
                INSERT INTO contacts (id, display_name, created_at)
                SELECT contact_id, shown, to_timestamp(\#(plan.accountsSince)) FROM named
            ), identity AS (
                INSERT INTO contact_identities (contact_id, channel, handle, display_name, created_at, last_seen_at)
                SELECT contact_id, channel, handle, shown, to_timestamp(\#(plan.accountsSince)),
                       to_timestamp(\#(plan.now)) - interval '1 day'
                FROM named
                ON CONFLICT (channel, handle) DO NOTHING
                RETURNING id, channel, handle
            )
            INSERT INTO aspirasi_demo.idents
            SELECT channel, (row_number() OVER (PARTITION BY channel ORDER BY id))::int - 1, id, handle FROM identity
            """#, logger: logger)
        try await client.execute(
            """
            UPDATE aspirasi_demo.chan SET identities = (SELECT count(*) FROM aspirasi_demo.idents i
                                                         WHERE i.channel = chan.channel)
            """, logger: logger)
    }
}

extension DemoTexts {
    /// A complaint with neutral words in its placeholders: what the classifier is asked about.
    static func filled(_ body: String, street: String = "Jl. Swadaya", landmark: String = "dekat masjid") -> String {
        body.replacingOccurrences(of: "{jalan}", with: street).replacingOccurrences(of: "{patokan}", with: landmark)
            .replacingOccurrences(of: "{waktu}", with: "sejak kemarin").replacingOccurrences(
                of: "{rt}", with: "RT 03/RW 05")
    }
}

/// SQL fragments the generator's statements share.
enum DemoSQL {
    /// A word of `kind` picked by a hash: the kind's words are read once into an array (an init plan), so
    /// the pick is an index into it, not a join the planner might loop over.
    static func word(_ kind: String, _ hash: String) -> String {
        """
        (SELECT array_agg(word ORDER BY n) FROM aspirasi_demo.words WHERE kind = '\(kind)')
          [1 + abs(\(hash)) % (SELECT count(*) FROM aspirasi_demo.words WHERE kind = '\(kind)')]
        """
    }
}
