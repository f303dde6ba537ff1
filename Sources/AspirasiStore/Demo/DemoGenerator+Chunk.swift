import Logging
import PostgresNIO

extension DemoGenerator {
    /// One chunk of days, in the caller's transaction: draw the reports, walk their paths up to now, link a
    /// few duplicates, then write every row (`write`). Scratch tables live until the commit.
    func load(
        _ chunk: DemoPlan.Chunk, plan: DemoPlan, checks: ReferenceChecks, _ db: PostgresConnection, _ logger: Logger
    ) async throws {
        // Set-based statements over temporary tables: no JIT warm-up for each, no wait on each commit's flush.
        try await db.execute("SET LOCAL jit = off", logger: logger)
        try await db.execute("SET LOCAL synchronous_commit = off", logger: logger)
        try await db.execute("SET LOCAL work_mem = '64MB'", logger: logger)
        if checks.setBased {
            // The foreign keys are checked once for the chunk (`checkReferences`), not by a trigger per row.
            try await db.execute("SET LOCAL session_replication_role = replica", logger: logger)
        }
        try await draw(chunk, db, logger)
        try await name(db, logger)
        try await walk(now: plan.now, db, logger)
        try await linkDuplicates(db, logger)
        // A long history's outbox only for its last days (`DemoPlan.deliveryDays`).
        let deliveries = chunk.end > plan.now - DemoPlan.deliveryDays * 86_400
        try await write(now: plan.now, province: plan.province, deliveries: deliveries, db, logger)
        try await claimKeys(checks, db, logger)
        try await checkReferences(checks, db, logger)
    }

    /// `b`: each report's random draws, and what they pick: time, channel, category, place, path, citizen, words.
    private func draw(_ chunk: DemoPlan.Chunk, _ db: PostgresConnection, _ logger: Logger) async throws {
        let (n, start, days, end) = (chunk.reports, chunk.start, chunk.days, chunk.end)
        try await db.execute(
            """
            CREATE TEMP TABLE b ON COMMIT DROP AS
            WITH g AS (
                SELECT i, random() AS r_day, random() AS r_hour, random() AS r_time, random() AS r_time2,
                       random() AS r_ch, random() AS r_cat, random() AS r_kel, random() AS r_mode, random() AS r_path,
                       random() AS r_speed, random() AS r_point, random() AS r_ident, random() AS r_photo,
                       random() AS r_tmpl, random() AS r_open, random() AS r_close, random() AS r_street,
                       random() AS r_mark, random() AS r_dur, random() AS r_slang, random() AS r_rt, random() AS r_rw,
                       random() AS r_extra, random() AS r_follow
                FROM generate_series(1, \(n)) i
            ), picked AS (
                -- Each weighted choice is an array read once (an init plan) and indexed by the draw.
                SELECT g.*,
                  (SELECT array_agg(value ORDER BY slot) FROM aspirasi_demo.slots WHERE kind = 'hour')
                    [1 + floor(g.r_hour * 1000)::int] AS hour,
                  (SELECT array_agg(value ORDER BY slot) FROM aspirasi_demo.slots WHERE kind = 'channel')
                    [1 + floor(g.r_ch * 1000)::int] AS ch,
                  (SELECT array_agg(value ORDER BY slot) FROM aspirasi_demo.slots WHERE kind = 'category')
                    [1 + floor(g.r_cat * 1000)::int] AS c,
                  (SELECT array_agg(value ORDER BY slot) FROM aspirasi_demo.slots WHERE kind = 'kel')
                    [1 + floor(g.r_kel * 10000)::int] AS k,
                  (SELECT array_agg(value ORDER BY slot) FROM aspirasi_demo.slots WHERE kind = 'speed')
                    [1 + floor(g.r_speed * 1000)::int] / 100.0 AS speed
                FROM g
            ), placed AS (
                SELECT p.*, ch.channel, ch.titled, ch.url_photos, ch.slang, ch.p_photo, ch.identities, ch.chooses,
                       c.code AS category, c.direct, c.templates, c.title AS category_title,
                       CASE WHEN p.r_mode < ch.p_gps THEN 'gps'
                            WHEN p.r_mode < ch.p_gps + ch.p_text THEN 'text'
                            -- An emergency with no place named still says where: the text names it.
                            WHEN p.r_mode < ch.p_gps + ch.p_text + ch.p_none THEN CASE WHEN c.direct THEN 'text' ELSE 'none' END
                            ELSE 'outside' END AS mode,
                       CASE WHEN \(start) + floor(p.r_day * \(days)) * 86400 + p.hour * 3600 + p.r_time * 3600 < \(end)
                            THEN \(start) + floor(p.r_day * \(days)) * 86400 + p.hour * 3600 + p.r_time * 3600
                            ELSE \(start) + p.r_time2 * (\(end) - \(start)) END AS created
                FROM picked p JOIN aspirasi_demo.chan ch ON ch.ch = p.ch JOIN aspirasi_demo.cat c ON c.c = p.c
            ), classed AS (
                SELECT p.*, CASE WHEN p.mode = 'outside' THEN 'outside' WHEN p.mode = 'none' THEN 'triage'
                                 WHEN p.direct THEN 'direct' WHEN p.category = 'lainnya' THEN 'lainnya'
                                 ELSE 'normal' END AS class
                FROM placed p
            )
            SELECT p.*, kel.code AS kel_code, kel.name AS kel_name, kel.kecamatan, kel.kota,
                   CASE p.mode WHEN 'gps' THEN pt.lon WHEN 'outside' THEN o.lon END AS lon,
                   CASE p.mode WHEN 'gps' THEN pt.lat WHEN 'outside' THEN o.lat END AS lat,
                   ps.value AS path, id.identity_id, id.handle, t.body,
                   CASE WHEN p.chooses THEN 1 ELSE t.confidence END AS confidence,
                   (SELECT array_agg(word ORDER BY n) FROM aspirasi_demo.words WHERE kind = 'opener')
                     [1 + floor(p.r_open * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'opener'))::int] AS opener,
                   (SELECT array_agg(word ORDER BY n) FROM aspirasi_demo.words WHERE kind = 'closer')
                     [1 + floor(p.r_close * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'closer'))::int] AS closer,
                   (SELECT array_agg(word ORDER BY n) FROM aspirasi_demo.words WHERE kind = 'street')
                     [1 + floor(p.r_street * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'street'))::int] AS street,
                   (SELECT array_agg(word ORDER BY n) FROM aspirasi_demo.words WHERE kind = 'landmark')
                     [1 + floor(p.r_mark * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'landmark'))::int] AS landmark,
                   (SELECT array_agg(word ORDER BY n) FROM aspirasi_demo.words WHERE kind = 'duration')
                     [1 + floor(p.r_dur * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'duration'))::int] AS duration,
                   (SELECT array_agg(word ORDER BY n) FROM aspirasi_demo.words WHERE kind = 'vague')
                     [1 + floor(p.r_mark * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'vague'))::int] AS vague,
                   'RT ' || lpad((1 + floor(p.r_rt * 12))::text, 2, '0')
                     || '/RW ' || lpad((1 + floor(p.r_rw * 9))::text, 2, '0') AS rt
            FROM classed p
            JOIN aspirasi_demo.kel kel ON kel.k = p.k
            LEFT JOIN aspirasi_demo.points pt ON p.mode = 'gps' AND pt.k = p.k AND pt.n = floor(p.r_point * kel.points)::int
            LEFT JOIN aspirasi_demo.outside o
              ON p.mode = 'outside' AND o.n = floor(p.r_point * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'outside'))::int
            JOIN aspirasi_demo.slots ps ON ps.kind = 'path:' || p.class AND ps.slot = floor(p.r_path * 1000)::int
            JOIN aspirasi_demo.idents id ON id.channel = p.channel AND id.n = floor(p.r_ident * p.identities)::int
            JOIN aspirasi_demo.templates t ON t.category = p.category AND t.n = floor(p.r_tmpl * p.templates)::int
            """, logger: logger)
    }

    /// `r`: the reports in time order, numbered in that order (ids, tracking numbers, message ids), with their
    /// texts written out: a place named in the text for reports located by it, chat style on some channels.
    private func name(_ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            #"""
            CREATE TEMP TABLE r ON COMMIT DROP AS
            SELECT t.*, aspirasi_tracking_number(t.seq, to_timestamp(t.created)) AS tracking_number,
                   CASE t.channel WHEN 'sms' THEN 'kannel:demo-' || t.id
                                  WHEN 'twitter' THEN (1790000000000000000 + t.id)::text
                                  WHEN 'facebook' THEN '104000000000000_' || t.id
                                  WHEN 'qlue' THEN (5000000 + t.id)::text
                                  WHEN 'lapor' THEN (3000000 + t.id)::text
                                  WHEN 'forum' THEN 'topic:' || (1000 + t.id) || '/1'
                                  WHEN 'email' THEN '<demo-' || t.id || '@mail.example.org>'
                                  WHEN 'whatsapp' THEN 'wamid.demo' || t.id
                                  ELSE 'demo-' || t.channel || '-' || t.id END AS external_id
            FROM (
                SELECT s.*, aspirasi_month_id(to_timestamp(s.created), nextval('reports_id_seq')) AS id,
                       nextval('report_number_seq') AS seq,
                       aspirasi_month_id(to_timestamp(s.created), nextval('inbound_messages_id_seq')) AS message_id,
                       NULL::bigint AS parent
                FROM (
                    SELECT b.*, CASE WHEN b.r_slang < b.slang THEN
                               regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
                                 lower(b.text0), '\msudah\M', 'udah', 'g'), '\mtidak\M', 'gak', 'g'),
                                 '\myang\M', 'yg', 'g'), '\mtolong\M', 'tlg', 'g'), '\mdengan\M', 'dgn', 'g')
                             ELSE b.text0 END AS description
                    FROM (
                        SELECT b.*, b.opener
                            || CASE WHEN b.opener <> '' AND substr(b.body1, 2, 1) ~ '[a-z]'
                                    THEN lower(left(b.body1, 1)) || substr(b.body1, 2) ELSE b.body1 END
                            || CASE WHEN b.mode = 'text' THEN ' Lokasi: Kel. ' || b.kel_name || ', Kec. ' || b.kecamatan || '.'
                                    ELSE '' END
                            || b.closer AS text0
                        FROM (SELECT b.*, replace(replace(replace(replace(b.body,
                                    '{jalan}', CASE WHEN b.mode = 'none' THEN b.vague ELSE b.street END),
                                    '{patokan}', b.landmark), '{waktu}', b.duration), '{rt}', b.rt) AS body1
                              FROM b) b
                    ) b
                    ORDER BY b.created
                ) s
            ) t
            """#, logger: logger)
        try await db.execute("CREATE INDEX ON r (id)", logger: logger)
        try await db.execute("ANALYZE r (id, category, created, path, class, mode)", logger: logger)
    }

    /// `st`: every step each report has taken by now. A step's delay is a random share of its category's
    /// target; on the working clock it is counted in office minutes, so officers act in office hours:
    /// W(t), the working seconds before t, is a lookup of t's day in `wdays`; the instant of working second
    /// x is a lookup of its minute in `wmin` (the minute that ends at or after x, as `WorkingCalendar` counts).
    private func walk(now: Double, _ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            """
            CREATE TEMP TABLE st ON COMMIT DROP AS
            WITH s AS (
                SELECT r.id AS report_id, r.created, r.class, r.category, p.*, c.clock,
                       CASE WHEN p.step = 0 THEN 0
                            ELSE greatest(2 + random() * 8,
                                          p.fraction * CASE p.base WHEN 'r' THEN c.response_minutes ELSE c.completion_minutes END
                                          * r.speed * -ln(1 - random())) END AS delay_minutes
                FROM r JOIN aspirasi_demo.paths p ON p.path = r.path JOIN aspirasi_demo.cat c ON c.code = r.category
            ), cum AS (
                SELECT s.*, sum(delay_minutes) OVER (PARTITION BY report_id ORDER BY step) * 60 AS offset_s FROM s
            ), timed AS (
                SELECT cum.*,
                       CASE WHEN cum.step = 0 THEN cum.created
                            WHEN cum.clock = 'continuous' THEN cum.created + cum.offset_s
                            ELSE wd2.s + (wd.c + greatest(0, least(cum.created - wd.s, wd.len)) + cum.offset_s - wd2.c) END AS at
                FROM cum
                JOIN aspirasi_demo.wdays wd ON wd.day = floor((cum.created + 25200) / 86400)::int
                LEFT JOIN aspirasi_demo.wmin wm
                  ON wm.m = ceil((wd.c + greatest(0, least(cum.created - wd.s, wd.len)) + cum.offset_s) / 60)::int - 1
                LEFT JOIN aspirasi_demo.wdays wd2 ON wd2.day = wm.day
            )
            SELECT * FROM timed WHERE at <= \(now)
            """, logger: logger)
        try await db.execute("CREATE INDEX ON st (report_id, step)", logger: logger)
        try await db.execute("ANALYZE st (report_id, step)", logger: logger)
    }

    /// `dup`: about one GPS report in twenty repeats a report of its category made in the three days before
    /// and still open then; it takes that report's place and the intake's duplicate path.
    private func linkDuplicates(_ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            """
            CREATE TEMP TABLE candidate ON COMMIT DROP AS
            SELECT r.id, r.category, r.created, closing.at AS closed
            FROM r LEFT JOIN (SELECT report_id, min(at) AS at FROM st WHERE status_now IN ('selesai', 'ditolak')
                              GROUP BY report_id) closing ON closing.report_id = r.id
            WHERE r.mode = 'gps' AND r.class = 'normal' AND r.r_extra >= 0.05
            """, logger: logger)
        try await db.execute("CREATE INDEX ON candidate (category, created)", logger: logger)
        try await db.execute("ANALYZE candidate", logger: logger)
        try await db.execute(
            """
            CREATE TEMP TABLE dup ON COMMIT DROP AS
            SELECT c.id AS child, p.id AS parent, p.k, p.kel_code, p.kel_name, p.kecamatan, p.kota, p.lon, p.lat
            FROM r c CROSS JOIN LATERAL (
                SELECT candidate.id FROM candidate
                WHERE candidate.category = c.category AND candidate.created < c.created
                  AND candidate.created > c.created - 259200 AND (candidate.closed IS NULL OR candidate.closed > c.created)
                ORDER BY candidate.created DESC LIMIT 1) pick
            JOIN r p ON p.id = pick.id
            WHERE c.mode = 'gps' AND c.class = 'normal' AND c.r_extra < 0.05
            """, logger: logger)
        try await db.execute(
            """
            UPDATE r SET path = \(DemoPath.duplicate), parent = d.parent, k = d.k, kel_code = d.kel_code,
                         kel_name = d.kel_name, kecamatan = d.kecamatan, kota = d.kota, lon = d.lon, lat = d.lat
            FROM dup d WHERE r.id = d.child
            """, logger: logger)
        try await db.execute("DELETE FROM st USING dup WHERE st.report_id = dup.child", logger: logger)
        try await db.execute(
            """
            INSERT INTO st (report_id, created, class, category, path, step, kind, status_after, status_before,
                            status_now, actor, base, fraction, public, response, bumps, handler, owner, cleared, note,
                            reason, new_cycle, tells, template, public_note, outcome, photo, clock, delay_minutes,
                            offset_s, at)
            SELECT r.id, r.created, r.class, r.category, p.*, c.clock, 0, 0, r.created
            FROM dup JOIN r ON r.id = dup.child
            JOIN aspirasi_demo.paths p ON p.path = \(DemoPath.duplicate) AND p.step = 0
            JOIN aspirasi_demo.cat c ON c.code = r.category
            """, logger: logger)
    }
}
