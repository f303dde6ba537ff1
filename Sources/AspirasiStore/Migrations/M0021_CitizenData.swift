extension Migration {
    /// Raw payloads are kept for a retention period, then cleared by a worker (`raw_cleared_at` says
    /// when; the index finds the ones still kept, oldest first). A citizen's erasure cancels what is
    /// still owed to them (`cancelled`: never sent, never replayed) and is recorded without personal data.
    static let m0021CitizenData = Migration(
        "0021_citizen_data",
        [
            "ALTER TABLE inbound_messages ADD COLUMN raw_cleared_at timestamptz",
            """
            CREATE INDEX inbound_messages_raw_kept_idx ON inbound_messages (received_at)
                WHERE raw_payload IS NOT NULL
            """,
            """
            ALTER TABLE deliveries DROP CONSTRAINT deliveries_state_check,
                ADD CONSTRAINT deliveries_state_check
                    CHECK (state IN ('pending', 'sending', 'sent', 'possibly_sent', 'dead', 'cancelled'))
            """,
            """
            CREATE TABLE citizen_erasures (
                id bigserial PRIMARY KEY,
                -- 'officer:<id>' or 'cli': who asked, never whom it was about.
                requested_by text NOT NULL,
                identities integer NOT NULL,
                messages integer NOT NULL,
                reports integer NOT NULL,
                deliveries integer NOT NULL,
                erased_at timestamptz NOT NULL DEFAULT now()
            )
            """,
        ])
}
