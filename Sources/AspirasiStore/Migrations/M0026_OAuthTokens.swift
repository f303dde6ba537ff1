extension Migration {
    /// A channel's rotating OAuth 2.0 tokens, shared by every hub. X's refresh tokens are single-use
    /// (each refresh returns the next one), so the current one must live where all hubs see it, and
    /// the row is locked around each refresh so only one hub spends it.
    static let m0026OAuthTokens = Migration(
        "0026_oauth_tokens",
        [
            """
            CREATE TABLE channel_oauth_tokens (
                channel text PRIMARY KEY,
                -- Usable credentials, as the channel's settings are: a hash could not be spent.
                refresh_token text NOT NULL,
                access_token text,
                access_expires_at timestamptz,
                refreshed_at timestamptz,
                refresh_count integer NOT NULL DEFAULT 0
            )
            """
        ])
}
