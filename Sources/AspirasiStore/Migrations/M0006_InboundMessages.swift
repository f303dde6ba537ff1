extension Migration {
    /// Every message any channel delivered, exactly once per (channel, external id).
    static let m0006InboundMessages = Migration(
        "0006_inbound_messages",
        [
            """
            CREATE TABLE inbound_messages (
                id bigserial PRIMARY KEY,
                channel text NOT NULL,
                external_id text NOT NULL,
                thread_key text,
                in_reply_to text,
                identity_id bigint REFERENCES contact_identities (id),
                text text NOT NULL DEFAULT '',
                location geometry(Point, 4326),
                photos jsonb NOT NULL DEFAULT '[]',
                provider_time timestamptz,
                received_at timestamptz NOT NULL DEFAULT now(),
                -- The bytes as received: signatures were computed over them.
                raw_payload bytea,
                raw_content_type text,
                report_id bigint REFERENCES reports (id),
                outcome text,
                UNIQUE (channel, external_id)
            )
            """,
            "CREATE INDEX inbound_messages_report_idx ON inbound_messages (report_id)",
            "CREATE INDEX inbound_messages_thread_idx ON inbound_messages (channel, thread_key)",
        ])
}
