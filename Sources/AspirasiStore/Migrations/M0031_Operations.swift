extension Migration {
    /// Operations (issue 16). `request_id` on a citizen's message, the events it made and the
    /// deliveries it owes: the `X-Request-Id` of the request that brought it, so one message is
    /// followed from the webhook to the last reply. The backlog index keeps the metrics sampler's
    /// count and oldest-due reads proportional to the unsent rows, never to the whole outbox:
    /// sent rows, the bulk of the table, are not in it.
    static let m0031Operations = Migration(
        "0031_operations",
        [
            "ALTER TABLE inbound_messages ADD COLUMN request_id text",
            "ALTER TABLE report_events ADD COLUMN request_id text",
            "ALTER TABLE deliveries ADD COLUMN request_id text",
            """
            CREATE INDEX deliveries_backlog_idx ON deliveries (state, channel, due_at)
            WHERE state IN ('pending', 'sending', 'possibly_sent', 'dead')
            """,
        ])
}
