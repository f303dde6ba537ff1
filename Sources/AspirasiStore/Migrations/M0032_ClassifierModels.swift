extension Migration {
    /// The learned category model, versioned where every hub reads it (issue 18): each training adds a
    /// row, hubs load the newest. A report keeps why it got its category (`category_basis`: rule or
    /// model, confidence, the words that weighed, the model's guesses). The partial index finds the
    /// koordinators' corrections, which training reads beside completed reports.
    static let m0032ClassifierModels = Migration(
        "0032_classifier_models",
        [
            """
            CREATE TABLE classifier_models (
                version bigserial PRIMARY KEY,
                trained_at timestamptz NOT NULL DEFAULT now(),
                -- What it learned from: the seed, koordinators' corrections, completed reports.
                seed_examples integer NOT NULL,
                corrections integer NOT NULL,
                completed integer NOT NULL,
                vocabulary integer NOT NULL,
                temperature double precision NOT NULL,
                training_ms integer NOT NULL,
                -- CategoryModel's encoding: hashed features and counts, never a citizen's words.
                model bytea NOT NULL
            )
            """,
            "ALTER TABLE reports ADD COLUMN category_basis jsonb",
            """
            CREATE INDEX report_events_recategorised_idx ON report_events (report_id)
                WHERE kind = 'recategorised'
            """,
        ])
}
