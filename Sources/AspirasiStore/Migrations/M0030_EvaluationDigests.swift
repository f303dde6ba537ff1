extension Migration {
    /// The monthly digest sent to each region's officials: one row per unit and month, claimed in the
    /// statement that enqueues the unit's messages, so several hubs send it once.
    static let m0030EvaluationDigests = Migration(
        "0030_evaluation_digests",
        [
            """
            CREATE TABLE evaluation_digests (
                unit_code text NOT NULL REFERENCES units (code),
                month date NOT NULL,
                sent_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (unit_code, month)
            )
            """
        ])
}
