import PostgresNIO

/// The statement that computes a month's `EvaluationFacts` as one JSON document, so that a reader can
/// check every figure against its definition (README, "Monthly evaluation").
enum EvaluationSQL {
    /// `start` and `end` are the month's bounds in seconds since 1970 (Jakarta midnights).
    static func facts(start: Double, end: Double) -> PostgresQuery {
        """
        WITH province AS (
            SELECT code FROM units WHERE kind = 'provinsi' ORDER BY code LIMIT 1
        ), base AS MATERIALIZED (
            SELECT r.owner_unit AS kel, left(r.owner_unit, 8) AS kec, left(r.owner_unit, 5) AS kota,
                   r.status, r.reject_reason, r.channel, r.category_code, r.handler_unit,
                   r.duplicate_of IS NULL AND r.reject_reason IS DISTINCT FROM 'luar_wilayah' AS counted,
                   CASE WHEN r.status = 'selesai' THEN extract(epoch FROM r.closed_at - r.created_at)::float8 / 3600
                   END AS completion_hours,
                   extract(epoch FROM r.first_responded_at - r.created_at)::float8 / 3600 AS response_hours,
                   EXISTS (SELECT 1 FROM report_escalations x WHERE x.report_id = r.id)
                       OR coalesce(r.status NOT IN ('selesai', 'ditolak')
                                   AND ((r.responded_at IS NULL AND r.response_due_at <= now())
                                        OR r.completion_due_at <= now()), false)
                       OR coalesce(r.status = 'selesai' AND r.closed_at > r.completion_due_at, false) AS overdue,
                   EXISTS (SELECT 1 FROM report_events e WHERE e.report_id = r.id AND e.kind = 'reopened') AS reopened,
                   coalesce(r.status = 'selesai' AND r.closed_at > r.completion_due_at, false) AS late
            FROM reports r JOIN units k ON k.code = r.owner_unit AND k.kind = 'kelurahan'
            WHERE r.created_at >= to_timestamp(\(start)) AND r.created_at < to_timestamp(\(end))
        ), unit_rows AS (
            SELECT CASE WHEN grouping(kel) = 0 THEN 'kelurahan' WHEN grouping(kec) = 0 THEN 'kecamatan'
                        WHEN grouping(kota) = 0 THEN 'kota' ELSE 'provinsi' END AS level,
                   coalesce(kel, kec, kota, (SELECT code FROM province)) AS code,
                   count(*) FILTER (WHERE counted) AS received,
                   count(*) FILTER (WHERE counted AND status = 'selesai') AS completed,
                   count(*) FILTER (WHERE counted AND status NOT IN ('selesai', 'ditolak')) AS unresolved,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY completion_hours)
                       FILTER (WHERE counted AND completion_hours IS NOT NULL) AS median_completion,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY response_hours)
                       FILTER (WHERE counted AND response_hours IS NOT NULL) AS median_response,
                   count(*) FILTER (WHERE counted AND overdue) AS overdue,
                   count(*) FILTER (WHERE counted AND reopened) AS reopened,
                   jsonb_strip_nulls(jsonb_build_object(
                       'duplikat', nullif(count(*) FILTER (WHERE reject_reason = 'duplikat'), 0),
                       'bukan_wewenang', nullif(count(*) FILTER (WHERE reject_reason = 'bukan_wewenang'), 0),
                       'tidak_valid', nullif(count(*) FILTER (WHERE reject_reason = 'tidak_valid'), 0),
                       'luar_wilayah', nullif(count(*) FILTER (WHERE reject_reason = 'luar_wilayah'), 0)))
                       AS rejections
            FROM base
            GROUP BY GROUPING SETS ((kota, kec, kel), (kota, kec), (kota), ())
        ), agency_rows AS (
            SELECT handler_unit AS code, CASE WHEN grouping(kota) = 0 THEN kota END AS area,
                   count(*) FILTER (WHERE status NOT IN ('selesai', 'ditolak')) AS unresolved,
                   count(*) FILTER (WHERE late) AS late
            FROM base JOIN units a ON a.code = base.handler_unit AND a.kind IN ('dinas', 'suku_dinas')
            WHERE counted
            GROUP BY GROUPING SETS ((handler_unit, kota), (handler_unit))
        ), count_rows AS (
            SELECT CASE WHEN grouping(channel) = 0 THEN 'channel' ELSE 'category' END AS what,
                   CASE WHEN grouping(kota) = 0 THEN kota END AS area,
                   coalesce(channel, category_code) AS key, count(*) AS count
            FROM base WHERE counted
            GROUP BY GROUPING SETS ((kota, channel), (channel), (kota, category_code), (category_code))
        )
        SELECT jsonb_build_object(
            'units', coalesce((
                SELECT jsonb_agg(jsonb_build_object(
                    'level', u.level, 'code', u.code, 'name', coalesce(n.name, u.code), 'received', u.received,
                    'completed', u.completed, 'unresolved', u.unresolved, 'medianCompletionHours', u.median_completion,
                    'medianFirstResponseHours', u.median_response, 'overdue', u.overdue, 'reopened', u.reopened,
                    'rejections', u.rejections) ORDER BY u.code)
                FROM unit_rows u LEFT JOIN units n ON n.code = u.code), '[]'),
            'agencies', coalesce((
                SELECT jsonb_agg(jsonb_build_object(
                    'code', g.code, 'name', n.name, 'area', g.area, 'unresolved', g.unresolved,
                    'lateCompletions', g.late) ORDER BY g.code, g.area)
                FROM agency_rows g JOIN units n ON n.code = g.code), '[]'),
            'channels', coalesce((
                SELECT jsonb_agg(jsonb_build_object('area', area, 'key', key, 'count', count) ORDER BY area, key)
                FROM count_rows WHERE what = 'channel'), '[]'),
            'categories', coalesce((
                SELECT jsonb_agg(jsonb_build_object('area', area, 'key', key, 'count', count) ORDER BY area, key)
                FROM count_rows WHERE what = 'category'), '[]'),
            -- The public map: open now from reports_open_owner_idx, finished in the month from
            -- reports_finished_idx, both read index-only whatever the history's size (migration 0040).
            'map', coalesce((
                SELECT jsonb_agg(jsonb_build_object('code', m.code, 'name', k.name, 'open', m.open,
                                                    'finished', m.finished) ORDER BY m.code)
                FROM (
                    SELECT code, sum(open)::int AS open, sum(finished)::int AS finished FROM (
                        SELECT owner_unit AS code, count(*) AS open, 0 AS finished FROM reports
                        WHERE status NOT IN ('selesai', 'ditolak') AND duplicate_of IS NULL
                        GROUP BY owner_unit
                        UNION ALL
                        SELECT owner_unit, 0, count(*) FROM reports
                        WHERE status = 'selesai' AND closed_at IS NOT NULL AND duplicate_of IS NULL
                          AND closed_at >= to_timestamp(\(start)) AND closed_at < to_timestamp(\(end))
                        GROUP BY owner_unit
                    ) counted GROUP BY code
                ) m JOIN units k ON k.code = m.code AND k.kind = 'kelurahan'), '[]'))::text
        """
    }
}
