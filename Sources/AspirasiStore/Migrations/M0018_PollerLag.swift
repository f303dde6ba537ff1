extension Migration {
    /// When each polled feed was last read to its end: how far behind the feed the hub's view is
    /// (a poller that succeeds but never catches up has a growing lag), and the provider's
    /// time of the newest item taken.
    static let m0018PollerLag = Migration(
        "0018_poller_lag",
        [
            """
            ALTER TABLE channel_cursors
                ADD COLUMN caught_up_at timestamptz,
                ADD COLUMN newest_item_at timestamptz
            """
        ])
}
