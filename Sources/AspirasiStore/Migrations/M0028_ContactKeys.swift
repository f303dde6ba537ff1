extension Migration {
    /// One citizen across channels: each identity's phone (E.164) or e-mail key, as `ContactKey` makes
    /// it, indexed so the intake finds the contact a new identity belongs to. Existing identities get
    /// their keys from `aspirasi_contact_key`, the same rules in SQL (a test keeps the two in
    /// agreement); contacts already apart stay apart until an admin merges them.
    static let m0028ContactKeys = Migration(
        "0028_contact_keys",
        [
            "ALTER TABLE contact_identities ADD COLUMN contact_key text",
            """
            CREATE FUNCTION aspirasi_contact_key(channel text, handle text) RETURNS text
            LANGUAGE sql IMMUTABLE AS $$
                WITH h AS (SELECT btrim(handle) AS text),
                c AS (SELECT regexp_replace(text, '[ .()-]', '', 'g') AS compact, text FROM h),
                d AS (
                    SELECT text, compact LIKE '+%' AS plus,
                           CASE WHEN compact LIKE '+%' THEN substr(compact, 2) ELSE compact END AS digits
                    FROM c
                ),
                n AS (
                    SELECT text, digits ~ '^[0-9]{6,15}$' AS numeric,
                           plus OR (NOT plus AND digits LIKE '00%') AS international,
                           CASE WHEN NOT plus AND digits LIKE '00%' THEN substr(digits, 3) ELSE digits END AS digits
                    FROM d
                )
                SELECT CASE
                    WHEN text = '' THEN NULL
                    WHEN channel = 'email' OR (channel = 'api' AND text ~ '^[^@[:space:]:<>]+@[^@[:space:]:<>]*\\.[^@[:space:]:<>]*$')
                        THEN CASE WHEN text ~ '^[^@[:space:]:<>]+@[^@[:space:]:<>]*\\.[^@[:space:]:<>]*$'
                                  THEN 'mailto:' || lower(text) END
                    WHEN channel NOT IN ('sms', 'whatsapp', 'api') OR NOT numeric THEN NULL
                    WHEN digits LIKE '62%' AND (international OR length(digits) >= 10)
                        THEN 'tel:+62' || substr(digits, 3)
                    WHEN international THEN 'tel:+' || digits
                    WHEN digits LIKE '0%' THEN 'tel:+62' || substr(digits, 2)
                    ELSE 'tel:+62' || digits
                END FROM n
            $$
            """,
            "UPDATE contact_identities SET contact_key = aspirasi_contact_key(channel, handle)",
            """
            CREATE INDEX contact_identities_key_idx ON contact_identities (contact_key)
            WHERE contact_key IS NOT NULL
            """,
        ])
}
