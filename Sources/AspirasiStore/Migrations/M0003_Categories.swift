extension Migration {
    /// The complaint taxonomy and which agencies handle which category.
    static let m0003Categories = Migration(
        "0003_categories",
        [
            """
            CREATE TABLE categories (
                code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
                name text NOT NULL,
                agency_family text,
                keywords text[] NOT NULL DEFAULT '{}',
                -- When true, intake hands new reports straight to the kota's agency.
                direct_to_agency boolean NOT NULL DEFAULT false,
                duplicate_radius_m integer NOT NULL DEFAULT 100 CHECK (duplicate_radius_m > 0),
                duplicate_window_days integer NOT NULL DEFAULT 14 CHECK (duplicate_window_days > 0),
                position integer NOT NULL DEFAULT 0,
                active boolean NOT NULL DEFAULT true
            )
            """,
            """
            CREATE TABLE agency_categories (
                unit_code text NOT NULL REFERENCES units (code) ON DELETE CASCADE,
                category_code text NOT NULL REFERENCES categories (code) ON DELETE CASCADE,
                PRIMARY KEY (unit_code, category_code)
            )
            """,
            "CREATE INDEX agency_categories_category_idx ON agency_categories (category_code)",
        ])
}
