extension Migration {
    /// Keys for partner systems and Open311 clients. Only a SHA-256 of each key is kept.
    static let m0008APIKeys = Migration(
        "0008_api_keys",
        [
            """
            CREATE TABLE api_keys (
                id bigserial PRIMARY KEY,
                name text NOT NULL UNIQUE,
                key_hash bytea NOT NULL UNIQUE,
                -- The first characters, so an operator can tell keys apart in a listing.
                key_prefix text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                last_used_at timestamptz,
                revoked_at timestamptz
            )
            """
        ])
}
