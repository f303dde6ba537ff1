extension Migration {
    /// Officer accounts (bound to a unit, with a role) and the tokens they sign in with.
    static let m0010Officers = Migration(
        "0010_officers",
        [
            """
            CREATE TABLE officers (
                id bigserial PRIMARY KEY,
                username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
                display_name text NOT NULL,
                unit_code text NOT NULL REFERENCES units (code),
                role text NOT NULL CHECK (role IN ('petugas', 'koordinator', 'pimpinan', 'admin')),
                -- bcrypt, never the password.
                password_hash text NOT NULL,
                active boolean NOT NULL DEFAULT true,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX officers_unit_idx ON officers (unit_code)",
            """
            CREATE TABLE officer_tokens (
                id bigserial PRIMARY KEY,
                officer_id bigint NOT NULL REFERENCES officers (id),
                -- SHA-256 of the token: a leaked backup leaks no token.
                token_hash bytea NOT NULL UNIQUE,
                kind text NOT NULL CHECK (kind IN ('session', 'api')),
                name text,
                created_at timestamptz NOT NULL DEFAULT now(),
                expires_at timestamptz,
                revoked_at timestamptz,
                last_used_at timestamptz
            )
            """,
            "CREATE INDEX officer_tokens_officer_idx ON officer_tokens (officer_id)",
        ])

    /// Photos kept in PostgreSQL itself: one system to back up and replicate,
    /// written in the same transaction as the event that cites them.
    static let m0011PhotoBytes = Migration(
        "0011_photo_bytes",
        [
            "ALTER TABLE report_photos ALTER COLUMN original_url DROP NOT NULL",
            """
            ALTER TABLE report_photos
                ADD COLUMN content_type text CHECK (content_type IN ('image/jpeg', 'image/png')),
                ADD COLUMN bytes bytea,
                ADD COLUMN byte_size integer,
                ADD COLUMN sha256 bytea,
                ADD COLUMN uploaded_by bigint REFERENCES officers (id),
                -- The event (a completion) that cites this photo; null until then.
                ADD COLUMN event_id bigint REFERENCES report_events (id),
                ADD CONSTRAINT report_photos_has_source CHECK (original_url IS NOT NULL OR bytes IS NOT NULL)
            """,
            // Stored photos are already compressed; do not spend CPU compressing them again.
            "ALTER TABLE report_photos ALTER COLUMN bytes SET STORAGE EXTERNAL",
        ])

    /// Workers look for expired leases every round; without this index that is a scan of the whole outbox.
    static let m0012OutboxLeases = Migration(
        "0012_outbox_leases",
        ["CREATE INDEX deliveries_leases_idx ON deliveries (claimed_until) WHERE state = 'sending'"])
}
