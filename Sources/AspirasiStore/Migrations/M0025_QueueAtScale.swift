extension Migration {
    /// The officers' queue at a million reports (measured with `make bench-console`).
    static let m0025QueueAtScale = Migration(
        "0025_queue_at_scale",
        [
            // A status's reports in queue order; the other filters and the overdue test read the included
            // columns, so pages with a status filter and counts per status need no visit to the table.
            """
            CREATE INDEX reports_queue_idx ON reports (status, created_at, id)
                INCLUDE (owner_unit, handler_unit, kelurahan_code, category_code, channel, responded_at,
                         response_due_at, completion_due_at)
            """,
            """
            CREATE INDEX reports_category_queue_idx ON reports (category_code, status, created_at, id)
                INCLUDE (responded_at, response_due_at, completion_due_at)
            """,
            // Overdue is "open and past a deadline not met": the two deadlines of open reports, so the
            // overdue filter reads only reports that are.
            """
            CREATE INDEX reports_overdue_completion_idx ON reports (completion_due_at)
                WHERE status NOT IN ('selesai', 'ditolak')
            """,
            """
            CREATE INDEX reports_overdue_response_idx ON reports (response_due_at)
                WHERE status NOT IN ('selesai', 'ditolak') AND responded_at IS NULL
            """,
            // Words of the description as the search box means them (`QuerySearch`: each word anywhere,
            // case-insensitive, an ILIKE '%word%'): trigrams answer that, a word index would not.
            "CREATE INDEX reports_description_trgm_idx ON reports USING gin (description gin_trgm_ops)",
        ])
}
