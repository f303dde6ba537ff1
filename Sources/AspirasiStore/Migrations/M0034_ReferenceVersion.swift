extension Migration {
    /// A counter that moves with every statement writing the reference data the hubs hold in memory
    /// (units, categories, kelurahan polygons), whichever process wrote it. Each hub reads this one row
    /// every few seconds and reloads its catalog and polygon index when it moved. Statement-level
    /// triggers also fire for an upsert that changed nothing: an idle re-import costs one reload.
    static let m0034ReferenceVersion = Migration(
        "0034_reference_version",
        [
            """
            CREATE TABLE reference_version (
                only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
                version bigint NOT NULL DEFAULT 1
            )
            """,
            "INSERT INTO reference_version DEFAULT VALUES",
            """
            CREATE FUNCTION aspirasi_bump_reference_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE reference_version SET version = version + 1;
                RETURN NULL;
            END $$
            """,
            """
            CREATE TRIGGER kelurahan_areas_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON kelurahan_areas
            FOR EACH STATEMENT EXECUTE FUNCTION aspirasi_bump_reference_version()
            """,
            """
            CREATE TRIGGER units_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
            FOR EACH STATEMENT EXECUTE FUNCTION aspirasi_bump_reference_version()
            """,
            """
            CREATE TRIGGER categories_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
            FOR EACH STATEMENT EXECUTE FUNCTION aspirasi_bump_reference_version()
            """,
        ])
}
