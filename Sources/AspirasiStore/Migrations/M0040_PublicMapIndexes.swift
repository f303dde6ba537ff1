extension Migration {
    /// The public map counts, per kelurahan, the reports open now whatever month they came in and those
    /// finished in the month whatever month they came in; the evaluation worker counts them every minute
    /// (`EvaluationSQL`), and with ten million reports neither count may read the reports' rows:
    /// - the open ones from a small partial index (a few percent of the history), read index-only;
    /// - the finished ones from the index the public page's "recently finished" list already reads,
    ///   rebuilt to carry the owner and the duplicate link (so the month's range is read index-only) and
    ///   no longer leaving out confidential reports (counted, never listed: the list checks them, and
    ///   takes its eight rows from the index's newest end either way).
    static let m0040PublicMapIndexes = Migration(
        "0040_public_map_indexes",
        [
            """
            CREATE INDEX reports_open_owner_idx ON reports (owner_unit)
            WHERE status NOT IN ('selesai', 'ditolak') AND duplicate_of IS NULL
            """,
            "DROP INDEX reports_finished_public_idx",
            """
            CREATE INDEX reports_finished_idx ON reports (closed_at DESC) INCLUDE (owner_unit, duplicate_of)
            WHERE status = 'selesai' AND closed_at IS NOT NULL
            """,
        ])
}
