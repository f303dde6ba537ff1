extension Migration {
    /// Whether the citizen posted the report where anyone can read it (a tweet, a Facebook page post or
    /// comment, the forum, a citizen app): only then do public outputs show its words, masked. Existing
    /// reports are marked by the shape of the message that made them, as each adapter writes it (a DM's
    /// `dm:` id, a Messenger thread, a forum `topic:` key, an Open311 token); the rest stay private.
    static let m0023PublicPosts = Migration(
        "0023_public_posts",
        [
            "ALTER TABLE reports ADD COLUMN public_post boolean NOT NULL DEFAULT false",
            """
            UPDATE reports r SET public_post = true
            FROM inbound_messages m
            WHERE m.report_id = r.id AND m.outcome IN ('created', 'duplicate', 'outside_area')
              AND m.channel = r.channel
              AND ((m.channel = 'app' AND m.external_id LIKE 'open311:%')
                OR (m.channel = 'qlue' AND m.external_id ~ '^[0-9]+$')
                OR (m.channel = 'forum' AND m.external_id LIKE 'topic:%')
                OR (m.channel = 'twitter' AND m.external_id ~ '^[0-9]+$')
                OR (m.channel = 'facebook' AND m.thread_key IS NULL))
            """,
        ])
}
