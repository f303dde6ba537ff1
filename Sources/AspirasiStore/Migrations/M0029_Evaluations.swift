extension Migration {
    /// The monthly evaluation: each month's figures as computed (`evaluations`: the current month's
    /// refreshed, a closed month's frozen once and never rewritten), and each report's first response,
    /// which a reopen's new SLA cycle no longer clears. (The month's scan uses `reports_created_idx`.)
    static let m0029Evaluations = Migration(
        "0029_evaluations",
        [
            """
            CREATE TABLE evaluations (
                month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
                facts jsonb NOT NULL,
                computed_at timestamptz NOT NULL DEFAULT now(),
                frozen boolean NOT NULL DEFAULT false
            )
            """,
            // A frozen month's figures are what was presented: nothing rewrites or removes them.
            """
            CREATE FUNCTION aspirasi_evaluation_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.frozen THEN
                    RAISE EXCEPTION 'the evaluation of % is frozen', OLD.month USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END $$
            """,
            """
            CREATE TRIGGER evaluations_frozen BEFORE UPDATE OR DELETE ON evaluations
                FOR EACH ROW EXECUTE FUNCTION aspirasi_evaluation_frozen()
            """,
            "ALTER TABLE reports ADD COLUMN first_responded_at timestamptz",
            "UPDATE reports SET first_responded_at = responded_at WHERE responded_at IS NOT NULL",
            """
            CREATE FUNCTION aspirasi_first_response() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.first_responded_at := NEW.responded_at;
                RETURN NEW;
            END $$
            """,
            """
            -- Only on UPDATE: a report is inserted unanswered (the demo loader, which writes answered history
            -- in bulk, sets first_responded_at itself), and an INSERT trigger would stop that loader's
            -- set-based reference checks (DemoGenerator.referenceChecks).
            CREATE TRIGGER reports_first_response_update BEFORE UPDATE ON reports
                FOR EACH ROW WHEN (OLD.first_responded_at IS NULL AND NEW.responded_at IS NOT NULL)
                EXECUTE FUNCTION aspirasi_first_response()
            """,
        ])
}
