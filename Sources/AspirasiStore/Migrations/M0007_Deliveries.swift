extension Migration {
    /// The outbox: every message owed to a citizen or an official, until it is sent.
    static let m0007Deliveries = Migration(
        "0007_deliveries",
        [
            """
            CREATE TABLE deliveries (
                id bigserial PRIMARY KEY,
                report_id bigint REFERENCES reports (id),
                event_id bigint REFERENCES report_events (id),
                channel text NOT NULL,
                recipient text NOT NULL,
                -- Who it is for: a citizen's identity, or an official's contact point.
                identity_id bigint REFERENCES contact_identities (id),
                unit_contact_id bigint REFERENCES unit_contacts (id),
                thread_key text,
                kind text NOT NULL,
                payload jsonb NOT NULL,
                state text NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'possibly_sent', 'dead')),
                attempts integer NOT NULL DEFAULT 0,
                due_at timestamptz NOT NULL DEFAULT now(),
                claimed_by text,
                claimed_until timestamptz,
                -- One delivery per (event, recipient): re-running a step cannot enqueue twice.
                idempotency_key text NOT NULL UNIQUE,
                provider_id text,
                last_error text,
                created_at timestamptz NOT NULL DEFAULT now(),
                sent_at timestamptz
            )
            """,
            "CREATE INDEX deliveries_due_idx ON deliveries (due_at) WHERE state = 'pending'",
            "CREATE INDEX deliveries_report_idx ON deliveries (report_id)",
            // Replies to our messages are matched by the id the provider gave them.
            "CREATE INDEX deliveries_provider_idx ON deliveries (channel, provider_id) WHERE provider_id IS NOT NULL",
            "CREATE INDEX deliveries_dead_idx ON deliveries (created_at) WHERE state = 'dead'",
        ])
}
