extension Migration {
    static let m0001Extensions = Migration(
        "0001_extensions",
        [
            "CREATE EXTENSION IF NOT EXISTS postgis",
            // Fuzzy place-name matching for the text gazetteer.
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            // Lets one GiST index serve "same category, nearby" duplicate searches.
            "CREATE EXTENSION IF NOT EXISTS btree_gist",
            """
            CREATE FUNCTION aspirasi_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END $$
            """,
        ])
}
