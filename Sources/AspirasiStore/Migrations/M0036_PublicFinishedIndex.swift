extension Migration {
    /// The public page lists the reports finished last: without an index on `closed_at` that is a sort of
    /// every finished report (most of the history). Partial, so only finished public reports are in it.
    static let m0036PublicFinishedIndex = Migration(
        "0036_public_finished_index",
        [
            """
            CREATE INDEX reports_finished_public_idx ON reports (closed_at DESC)
            WHERE status = 'selesai' AND NOT confidential AND closed_at IS NOT NULL
            """
        ])
}
