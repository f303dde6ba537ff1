extension Migration {
    /// Photos that arrive as URLs on a channel are fetched into `bytes` by a
    /// worker: its claim moves `fetch_after` ahead (a lease), failures retry
    /// with backoff, and a refusal (private address, too large, not an image)
    /// gives up for good with the reason kept.
    static let m0014PhotoFetching = Migration(
        "0014_photo_fetching",
        [
            """
            ALTER TABLE report_photos
                ADD COLUMN fetch_attempts integer NOT NULL DEFAULT 0,
                ADD COLUMN fetch_after timestamptz NOT NULL DEFAULT now(),
                ADD COLUMN fetch_error text,
                ADD COLUMN fetch_gave_up boolean NOT NULL DEFAULT false
            """,
            """
            CREATE INDEX report_photos_to_fetch_idx ON report_photos (fetch_after)
                WHERE bytes IS NULL AND NOT fetch_gave_up
            """,
        ])
}
