extension Migration {
    /// Surges grouped into incidents (issue 18, item 4). An incident is one category's cluster of reports
    /// around a kelurahan (`center`, `radius_m`); its reports point to it. At most one open incident per
    /// category and seed kelurahan, so two hubs detecting the same cluster cannot open two. A category's
    /// thresholds are `IncidentRule`'s defaults unless an admin set a row in `incident_rules`.
    static let m0038Incidents = Migration(
        "0038_incidents",
        [
            """
            CREATE TABLE incident_rules (
                category_code text PRIMARY KEY REFERENCES categories (code) ON DELETE CASCADE,
                enabled boolean NOT NULL DEFAULT true,
                min_reports integer NOT NULL CHECK (min_reports >= 2),
                window_minutes integer NOT NULL CHECK (window_minutes BETWEEN 5 AND 1440),
                radius_m integer NOT NULL CHECK (radius_m BETWEEN 100 AND 20000),
                surge_factor double precision NOT NULL CHECK (surge_factor >= 1),
                updated_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            """
            CREATE TABLE incidents (
                id bigserial PRIMARY KEY,
                category_code text NOT NULL REFERENCES categories (code),
                seed_kelurahan text NOT NULL REFERENCES units (code),
                kota_code text REFERENCES units (code),
                agency_code text REFERENCES units (code),
                center geometry(Point, 4326) NOT NULL,
                radius_m integer NOT NULL,
                window_minutes integer NOT NULL,
                -- How many reports opened it, and what the area's usual rate predicted for the window.
                opening_count integer NOT NULL,
                expected real NOT NULL,
                opened_at timestamptz NOT NULL DEFAULT now(),
                closed_at timestamptz
            )
            """,
            "CREATE UNIQUE INDEX incidents_open_idx ON incidents (category_code, seed_kelurahan) WHERE closed_at IS NULL",
            "CREATE INDEX incidents_opened_idx ON incidents (opened_at DESC)",
            "ALTER TABLE reports ADD COLUMN incident_id bigint REFERENCES incidents (id)",
            "CREATE INDEX reports_incident_idx ON reports (incident_id, id) WHERE incident_id IS NOT NULL",
        ])
}
