extension Migration {
    /// Regions (by Kemendagri code) and agencies, their geometry and their officials.
    static let m0002Units = Migration(
        "0002_units",
        [
            """
            CREATE TABLE units (
                code text PRIMARY KEY,
                kind text NOT NULL CHECK (kind IN ('provinsi', 'kota', 'kecamatan', 'kelurahan', 'dinas', 'suku_dinas')),
                name text NOT NULL,
                parent_code text REFERENCES units (code),
                -- The region a unit answers for: itself for a region, its province or kota for an agency.
                area_code text NOT NULL REFERENCES units (code),
                agency_family text,
                active boolean NOT NULL DEFAULT true,
                created_at timestamptz NOT NULL DEFAULT now(),
                updated_at timestamptz NOT NULL DEFAULT now(),
                CHECK ((kind IN ('dinas', 'suku_dinas')) = (agency_family IS NOT NULL))
            )
            """,
            "CREATE INDEX units_parent_idx ON units (parent_code)",
            "CREATE INDEX units_agency_idx ON units (agency_family, area_code) WHERE agency_family IS NOT NULL",
            "CREATE INDEX units_name_trgm_idx ON units USING gin (lower(name) gin_trgm_ops)",
            """
            CREATE TABLE kelurahan_areas (
                unit_code text PRIMARY KEY REFERENCES units (code),
                geom geometry(MultiPolygon, 4326) NOT NULL,
                label_point geometry(Point, 4326)
            )
            """,
            "CREATE INDEX kelurahan_areas_geom_idx ON kelurahan_areas USING gist (geom)",
            """
            CREATE TABLE unit_contacts (
                id bigserial PRIMARY KEY,
                unit_code text NOT NULL REFERENCES units (code) ON DELETE CASCADE,
                role text NOT NULL,
                name text,
                channel text NOT NULL,
                address text NOT NULL,
                active boolean NOT NULL DEFAULT true,
                created_at timestamptz NOT NULL DEFAULT now(),
                UNIQUE (unit_code, channel, address)
            )
            """,
        ])
}
