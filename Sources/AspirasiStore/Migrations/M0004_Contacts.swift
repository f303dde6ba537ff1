extension Migration {
    /// Citizens and their identities on each channel. Personal data lives only here.
    static let m0004Contacts = Migration(
        "0004_contacts",
        [
            """
            CREATE TABLE contacts (
                id bigserial PRIMARY KEY,
                display_name text,
                created_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            """
            CREATE TABLE contact_identities (
                id bigserial PRIMARY KEY,
                contact_id bigint NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
                channel text NOT NULL,
                -- The address on the channel: phone number, e-mail address, account id.
                handle text NOT NULL,
                display_name text,
                created_at timestamptz NOT NULL DEFAULT now(),
                last_seen_at timestamptz NOT NULL DEFAULT now(),
                UNIQUE (channel, handle)
            )
            """,
            "CREATE INDEX contact_identities_contact_idx ON contact_identities (contact_id)",
        ])
}
