import Logging
import PostgresNIO

extension DemoGenerator {
    /// `f`: each report as its last step left it; `due`, `esc`, `sla`: its service levels as the SLA worker
    /// would have kept them (deadlines, the escalations it sent a minute after each threshold passed unmet,
    /// and when it looks next); `evi`: every event, numbered in time order per report.
    func settle(now: Double, province: String, _ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            """
            CREATE TEMP TABLE f ON COMMIT DROP AS
            SELECT report_id AS id,
                   (array_agg(status_now ORDER BY step DESC))[1] AS status,
                   (array_agg(reason ORDER BY step DESC))[1] AS reason,
                   (array_agg(handler ORDER BY step DESC))[1] AS handler,
                   (array_agg(owner ORDER BY step DESC))[1] AS owner,
                   (array_agg(cleared ORDER BY step DESC))[1] AS cleared,
                   (array_agg(outcome ORDER BY step))[1] AS outcome,
                   max(at) FILTER (WHERE status_after IS NOT NULL) AS status_changed,
                   count(*) FILTER (WHERE bumps)::int AS version,
                   max(at) FILTER (WHERE bumps) AS acted,
                   count(*) FILTER (WHERE new_cycle)::int AS cycle,
                   coalesce(max(restarted), min(created)) AS started,
                   min(at) FILTER (WHERE response AND (restarted IS NULL OR at >= restarted)) AS responded,
                   min(created) AS created
            FROM (SELECT st.*, max(CASE WHEN new_cycle THEN at END) OVER (PARTITION BY report_id) AS restarted
                  FROM st) s
            GROUP BY report_id
            """, logger: logger)
        try await db.execute(
            """
            ALTER TABLE f ADD COLUMN closed float8, ADD COLUMN intake_closed bool
            """, logger: logger)
        try await db.execute(
            """
            UPDATE f SET closed = CASE WHEN status IN ('selesai', 'ditolak') THEN status_changed END,
                         intake_closed = outcome IN ('outside_area', 'duplicate')
            """, logger: logger)
        try await db.execute("CREATE INDEX ON f (id)", logger: logger)
        try await db.execute("ANALYZE f (id)", logger: logger)
        try await db.execute(
            """
            CREATE TEMP TABLE due ON COMMIT DROP AS
            WITH base AS (
                SELECT f.id, f.started, c.clock, c.response_minutes, c.completion_minutes,
                       wd.c + greatest(0, least(f.started - wd.s, wd.len)) AS w0
                FROM f JOIN r ON r.id = f.id JOIN aspirasi_demo.cat c ON c.code = r.category
                JOIN aspirasi_demo.wdays wd ON wd.day = floor((f.started + 25200) / 86400)::int
                WHERE NOT f.intake_closed
            ), t AS (
                SELECT base.*, d.deadline, k.level,
                       (CASE d.deadline WHEN 'response' THEN base.response_minutes ELSE base.completion_minutes END)
                         * k.level * 60.0 AS span
                FROM base CROSS JOIN (VALUES ('response'), ('completion')) AS d(deadline)
                CROSS JOIN generate_series(1, 3) AS k(level)
            )
            SELECT t.id, t.deadline, t.level,
                   CASE WHEN t.clock = 'continuous' THEN t.started + t.span ELSE wd2.s + (t.w0 + t.span - wd2.c) END AS due
            FROM t
            LEFT JOIN aspirasi_demo.wmin wm ON t.clock = 'working' AND wm.m = ceil((t.w0 + t.span) / 60)::int - 1
            LEFT JOIN aspirasi_demo.wdays wd2 ON wd2.day = wm.day
            """, logger: logger)
        try await db.execute(
            """
            CREATE TEMP TABLE esc ON COMMIT DROP AS
            SELECT due.id, due.deadline, due.level, due.due, due.due + 5 + random() * 55 AS at
            FROM due JOIN f ON f.id = due.id
            WHERE due.due + 60 <= least(coalesce(f.closed, \(now)),
                                        CASE WHEN due.deadline = 'response' THEN coalesce(f.responded, \(now))
                                             ELSE \(now) END)
            """, logger: logger)
        try await db.execute(
            """
            CREATE TEMP TABLE sla ON COMMIT DROP AS
            SELECT due.id,
                   max(due.due) FILTER (WHERE due.deadline = 'response' AND due.level = 1) AS response_due,
                   max(due.due) FILTER (WHERE due.deadline = 'completion' AND due.level = 1) AS completion_due,
                   min(due.due) FILTER (WHERE due.due + 60 > \(now)
                                          AND (due.deadline = 'completion' OR f.responded IS NULL)) AS next_check
            FROM due JOIN f ON f.id = due.id GROUP BY due.id
            """, logger: logger)
        try await db.execute("CREATE INDEX ON sla (id)", logger: logger)
        try await collectEvents(now: now, province: province, db, logger)
    }

    private func collectEvents(now: Double, province: String, _ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            #"""
            CREATE TEMP TABLE ev0 ON COMMIT DROP AS
            WITH unit AS (
                SELECT st.*, r.kel_code, r.channel, r.identity_id, r.handle, r.message_id, r.confidence, r.external_id,
                       CASE st.owner WHEN 'kel' THEN r.kel_code WHEN 'province' THEN \#(province) END AS owner_code,
                       ag.agency
                FROM st JOIN r ON r.id = st.report_id
                LEFT JOIN aspirasi_demo.agency ag ON ag.category = r.category AND ag.kota = r.kota
            ), coded AS (
                SELECT unit.*, CASE unit.handler WHEN 'owner' THEN unit.owner_code WHEN 'agency' THEN unit.agency END
                                 AS handler_code,
                       CASE unit.actor WHEN 'kel_petugas' THEN unit.kel_code WHEN 'kel_koordinator' THEN unit.kel_code
                                       WHEN 'agency_petugas' THEN unit.agency
                                       WHEN 'province_koordinator' THEN \#(province) END AS actor_unit,
                       CASE WHEN unit.actor LIKE '%petugas' THEN 'petugas' ELSE 'koordinator' END AS actor_role,
                       CASE WHEN unit.photo THEN nextval('report_photos_id_seq') END AS photo_id,
                       CASE unit.note WHEN 'done' THEN 'done:' || unit.category ELSE 'note:' || unit.note END AS note_kind,
                       random() AS r_note
                FROM unit
            ), worded AS (
                SELECT coded.*, w.word AS note_text, staff.officer_id, staff.username,
                       CASE WHEN coded.kind = 'reopened'
                            THEN aspirasi_month_id(to_timestamp(coded.at), nextval('inbound_messages_id_seq')) END
                         AS reply_message_id
                FROM coded
                LEFT JOIN aspirasi_demo.counts wc ON wc.kind = coded.note_kind
                LEFT JOIN aspirasi_demo.words w ON w.kind = coded.note_kind AND w.n = floor(coded.r_note * wc.n)::int
                LEFT JOIN aspirasi_demo.staff staff ON staff.unit = coded.actor_unit AND staff.role = coded.actor_role
            )
            SELECT report_id, at, step AS prio, kind, status_after,
                   CASE WHEN actor = 'citizen' THEN 'citizen' ELSE 'officer' END AS actor_kind,
                   CASE WHEN actor = 'citizen' THEN identity_id::text ELSE officer_id::text END AS actor_id,
                   public,
                   CASE WHEN kind = 'created' THEN
                          jsonb_build_object('message_id', message_id, 'outcome', outcome, 'confidence', confidence,
                                             'needs_triage', class IN ('triage', 'lainnya'))
                        WHEN kind = 'reopened' THEN
                          jsonb_build_object('message_id', reply_message_id, 'channel', channel, 'from_reporter', true)
                        ELSE jsonb_strip_nulls(jsonb_build_object(
                          'officer', username, 'unit', actor_unit, 'note', note_text, 'reason', reason,
                          'from', status_before, 'handler', handler_code, 'owner', owner_code,
                          'photos', CASE WHEN photo THEN jsonb_build_array(photo_id) END))
                   END AS data,
                   tells, template, status_now, CASE WHEN public_note THEN note_text END AS public_note, reason,
                   CASE kind WHEN 'created' THEN 'ack_' || outcome WHEN 'reopened' THEN 'ack_reopened' END AS ack,
                   CASE WHEN kind = 'created' THEN message_id ELSE reply_message_id END AS message_id,
                   CASE WHEN kind = 'reopened' THEN note_text END AS message_text,
                   CASE kind WHEN 'created' THEN external_id WHEN 'reopened' THEN external_id || ':reopen' END
                     AS message_external_id,
                   outcome AS message_outcome, photo_id, officer_id,
                   NULL::text AS deadline, NULL::int AS level, NULL::float8 AS due
            FROM worded
            UNION ALL
            SELECT esc.id, esc.at, 50, 'escalated', NULL, 'system', NULL, false,
                   jsonb_build_object('deadline', esc.deadline, 'level', esc.level, 'due_at', to_timestamp(esc.due),
                     'units', to_jsonb(CASE
                       WHEN x.owner_code IS NULL THEN '{}'::text[]
                       WHEN esc.level = 1 THEN ARRAY[x.owner_code]
                            || CASE WHEN x.handler_code IS NOT NULL AND x.handler_code <> x.owner_code
                                    THEN ARRAY[x.handler_code] ELSE '{}'::text[] END
                       WHEN esc.level = 2 AND x.owner_code LIKE '%.%'
                         THEN ARRAY[regexp_replace(x.owner_code, '\.[^.]*$', '')]
                       WHEN esc.level = 3 AND x.owner_code LIKE '%.%.%'
                         THEN ARRAY[regexp_replace(x.owner_code, '\.[^.]*\.[^.]*$', '')]
                       ELSE '{}'::text[] END)),
                   false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                   esc.deadline, esc.level, esc.due
            FROM esc CROSS JOIN LATERAL (
                -- The units of the moment: escalations go to whoever owned and handled the report then.
                SELECT CASE st.owner WHEN 'kel' THEN r.kel_code WHEN 'province' THEN \#(province) END AS owner_code,
                       CASE st.handler
                         WHEN 'owner' THEN CASE st.owner WHEN 'kel' THEN r.kel_code WHEN 'province' THEN \#(province) END
                         WHEN 'agency' THEN (SELECT ag.agency FROM aspirasi_demo.agency ag
                                             WHERE ag.category = r.category AND ag.kota = r.kota) END AS handler_code
                FROM st JOIN r ON r.id = st.report_id
                WHERE st.report_id = esc.id AND st.at <= esc.due ORDER BY st.step DESC LIMIT 1) x
            UNION ALL
            SELECT d.parent, r.created, 40, 'duplicate_linked', NULL, 'system', NULL, false,
                   jsonb_build_object('duplicate', r.tracking_number),
                   false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
            FROM dup d JOIN r ON r.id = d.child
            UNION ALL
            SELECT fu.id, fu.at, 45, 'commented', NULL, 'citizen', fu.identity_id::text, false,
                   jsonb_build_object('message_id', fu.message_id, 'channel', fu.channel, 'from_reporter', true),
                   false, NULL, NULL, NULL, NULL, 'ack_commented', fu.message_id, w.word,
                   fu.external_id || ':followup', 'comment', NULL, NULL, NULL, NULL, NULL
            FROM (
                SELECT fu0.*, aspirasi_month_id(to_timestamp(fu0.at), nextval('inbound_messages_id_seq')) AS message_id
                FROM (
                    -- About one report in twelve hears from its reporter again while it is open.
                    SELECT r.id, r.identity_id, r.channel, r.external_id,
                           r.created + (coalesce(f.closed, \#(now)) - r.created) * (0.2 + 0.7 * r.r_follow / 0.08) AS at,
                           floor(random() * (SELECT n FROM aspirasi_demo.counts WHERE kind = 'note:followup'))::int AS n
                    FROM r JOIN f ON f.id = r.id
                    WHERE r.r_follow < 0.08 AND NOT f.intake_closed AND coalesce(f.closed, \#(now)) - r.created > 7200
                ) fu0
            ) fu JOIN aspirasi_demo.words w ON w.kind = 'note:followup' AND w.n = fu.n
            """#, logger: logger)
        try await db.execute(
            """
            CREATE TEMP TABLE evi ON COMMIT DROP AS
            SELECT aspirasi_month_id(to_timestamp(e.at), nextval('report_events_id_seq')) AS id, e.*
            FROM (SELECT * FROM ev0 ORDER BY report_id, at, prio) e
            """, logger: logger)
    }
}
