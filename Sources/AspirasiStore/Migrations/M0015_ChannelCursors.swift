extension Migration {
    /// Where each polled feed (X mentions, X DMs, later Qlue and LAPOR!) was
    /// read up to, committed in the same transaction as the messages read.
    static let m0015ChannelCursors = Migration(
        "0015_channel_cursors",
        [
            """
            CREATE TABLE channel_cursors (
                name text PRIMARY KEY,
                value text,
                updated_at timestamptz NOT NULL DEFAULT now()
            )
            """
        ])
}
