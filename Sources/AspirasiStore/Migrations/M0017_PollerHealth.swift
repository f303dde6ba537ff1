extension Migration {
    /// How each polled feed is doing, for admins: when it last succeeded, and its last error.
    static let m0017PollerHealth = Migration(
        "0017_poller_health",
        [
            """
            ALTER TABLE channel_cursors
                ADD COLUMN last_success_at timestamptz,
                ADD COLUMN last_error text,
                ADD COLUMN last_error_at timestamptz
            """
        ])
}
