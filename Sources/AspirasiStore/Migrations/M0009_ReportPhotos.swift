extension Migration {
    /// Photos of a report: the citizen's (from any channel) and, later, the officers' follow-up photos.
    static let m0009ReportPhotos = Migration(
        "0009_report_photos",
        [
            """
            CREATE TABLE report_photos (
                id bigserial PRIMARY KEY,
                report_id bigint NOT NULL REFERENCES reports (id),
                source text NOT NULL CHECK (source IN ('citizen', 'officer')),
                original_url text NOT NULL,
                message_id bigint REFERENCES inbound_messages (id),
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX report_photos_report_idx ON report_photos (report_id, id)",
            // Open311 clients fetch requests by time window.
            "CREATE INDEX reports_created_idx ON reports (created_at DESC)",
            "CREATE INDEX report_events_public_time_idx ON report_events (occurred_at) WHERE public",
        ])
}
