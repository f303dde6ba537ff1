extension Migration {
    /// Reports, their followers and their append-only event log.
    static let m0005Reports = Migration(
        "0005_reports",
        [
            "CREATE SEQUENCE report_number_seq",
            // Damm's check digit; the same table as TrackingNumber.damm.
            """
            CREATE FUNCTION aspirasi_damm(digits text) RETURNS int LANGUAGE plpgsql IMMUTABLE STRICT AS $$
            DECLARE
                t constant int[] := ARRAY[
                    0,3,1,7,5,9,8,6,4,2, 7,0,9,2,1,5,4,8,6,3, 4,2,0,6,8,7,1,3,5,9, 1,7,5,0,9,8,3,4,2,6,
                    6,1,2,3,0,4,5,9,7,8, 3,6,7,4,2,0,9,5,8,1, 5,8,6,9,7,2,0,1,3,4, 8,9,4,5,3,6,2,0,1,7,
                    9,4,3,8,6,1,7,2,0,5, 2,5,8,1,4,3,6,7,9,0];
                interim int := 0;
            BEGIN
                FOR k IN 1..length(digits) LOOP
                    interim := t[interim * 10 + substr(digits, k, 1)::int + 1];
                END LOOP;
                RETURN interim;
            END $$
            """,
            // YYMM-NNNNNNC: month in Jakarta time, sequence (6+ digits), check digit (see TrackingNumber).
            """
            CREATE FUNCTION aspirasi_tracking_number(n bigint, at timestamptz) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT AS $$
                -- lpad would cut a longer number short, so only short ones are padded.
                WITH d AS (SELECT to_char(at AT TIME ZONE 'Asia/Jakarta', 'YYMM')
                                  || CASE WHEN n >= 100000 THEN n::text ELSE lpad(n::text, 6, '0') END AS digits)
                SELECT substr(digits, 1, 4) || '-' || substr(digits, 5) || aspirasi_damm(digits)::text FROM d
            $$
            """,
            """
            CREATE TABLE reports (
                id bigserial PRIMARY KEY,
                tracking_number text NOT NULL UNIQUE,
                channel text NOT NULL,
                category_code text NOT NULL REFERENCES categories (code),
                category_confidence real,
                status text NOT NULL DEFAULT 'menunggu'
                    CHECK (status IN ('menunggu', 'koordinasi', 'disposisi', 'proses', 'selesai', 'ditolak')),
                reject_reason text
                    CHECK (reject_reason IN ('duplikat', 'bukan_wewenang', 'tidak_valid', 'luar_wilayah')),
                title text,
                description text NOT NULL,
                location geometry(Point, 4326),
                address_text text,
                kelurahan_code text REFERENCES units (code),
                -- Accountable (the kelurahan by default) and acting now (an agency after disposisi).
                owner_unit text REFERENCES units (code),
                handler_unit text REFERENCES units (code),
                duplicate_of bigint REFERENCES reports (id),
                reporter_identity_id bigint REFERENCES contact_identities (id),
                needs_triage boolean NOT NULL DEFAULT false,
                reported_at timestamptz NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now(),
                status_changed_at timestamptz NOT NULL DEFAULT now(),
                closed_at timestamptz,
                version integer NOT NULL DEFAULT 0,
                CHECK ((status = 'ditolak') = (reject_reason IS NOT NULL))
            )
            """,
            // Nearby open reports of one category: the duplicate search.
            """
            CREATE INDEX reports_open_nearby_idx ON reports USING gist (category_code, location)
                WHERE status NOT IN ('selesai', 'ditolak')
            """,
            "CREATE INDEX reports_owner_queue_idx ON reports (owner_unit, status, created_at DESC)",
            "CREATE INDEX reports_handler_queue_idx ON reports (handler_unit, status, created_at DESC)",
            "CREATE INDEX reports_kelurahan_idx ON reports (kelurahan_code, created_at DESC)",
            "CREATE INDEX reports_triage_idx ON reports (created_at) WHERE needs_triage",
            "CREATE INDEX reports_updated_idx ON reports (updated_at)",
            "CREATE INDEX reports_duplicate_of_idx ON reports (duplicate_of) WHERE duplicate_of IS NOT NULL",
            """
            CREATE TABLE report_followers (
                report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
                identity_id bigint NOT NULL REFERENCES contact_identities (id),
                role text NOT NULL CHECK (role IN ('reporter', 'follower')),
                -- Where a reply goes on the channel: tweet id, comment id, Message-ID.
                thread_key text,
                since timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (report_id, identity_id)
            )
            """,
            "CREATE INDEX report_followers_identity_idx ON report_followers (identity_id)",
            """
            CREATE TABLE report_events (
                id bigserial PRIMARY KEY,
                report_id bigint NOT NULL REFERENCES reports (id),
                kind text NOT NULL,
                status_after text,
                actor_kind text NOT NULL CHECK (actor_kind IN ('system', 'citizen', 'officer', 'integration')),
                actor_id text,
                public boolean NOT NULL DEFAULT false,
                data jsonb NOT NULL DEFAULT '{}',
                occurred_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX report_events_report_idx ON report_events (report_id, id)",
            """
            CREATE TRIGGER report_events_append_only BEFORE UPDATE OR DELETE ON report_events
                FOR EACH ROW EXECUTE FUNCTION aspirasi_append_only()
            """,
            // The nearest open original of a category within its radius and window: the duplicate search.
            // The category's settings are scalar subqueries, evaluated once, so that the box around the
            // point is a constant and reports_open_nearby_idx answers it; joining categories instead
            // made PostgreSQL read every open report of the category.
            """
            CREATE FUNCTION aspirasi_open_duplicate(category text, point geometry)
            RETURNS TABLE (id bigint, tracking_number text) LANGUAGE sql STABLE AS $$
                SELECT r.id, r.tracking_number
                FROM reports r
                WHERE category <> 'lainnya'
                  AND r.category_code = category
                  AND r.status NOT IN ('selesai', 'ditolak')
                  AND r.duplicate_of IS NULL
                  AND r.location && ST_Expand(point,
                        (SELECT duplicate_radius_m FROM categories WHERE code = category) / 100000.0)
                  AND ST_DWithin(r.location::geography, point::geography,
                        (SELECT duplicate_radius_m FROM categories WHERE code = category))
                  AND r.created_at > now() - make_interval(days =>
                        (SELECT duplicate_window_days FROM categories WHERE code = category))
                ORDER BY r.location <-> point
                LIMIT 1
            $$
            """,
        ])
}
