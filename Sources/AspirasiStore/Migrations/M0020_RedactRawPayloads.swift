extension Migration {
    /// Credentials out of the raw payloads stored before the intake redacted them (an Open311 `api_key`
    /// in a form body, say). The functions are `RawPayloadRedactor`'s rules in SQL and stay for the
    /// test that keeps the two in agreement: JSON members at any depth (through jsonb, so a rewritten
    /// payload is jsonb's spelling of it), form fields and query parameters, mail headers. A payload
    /// that cannot be read as its content type is dropped, as the intake does.
    static let m0020RedactRawPayloads = Migration(
        "0020_redact_raw_payloads",
        [
            // CredentialNames: letters and digits only, lower case; exact names, endings, public signatures kept.
            """
            CREATE FUNCTION aspirasi_is_credential_name(name text) RETURNS boolean
            LANGUAGE sql IMMUTABLE STRICT AS $$
                SELECT v <> '' AND v NOT IN ('dkimsignature', 'arcmessagesignature', 'arcseal')
                   AND (v IN ('key', 'pass', 'pwd', 'sig', 'auth', 'hmac', 'cookie', 'setcookie', 'accountsid')
                        OR v ~ '(token|secret|password|passwd|passphrase|apikey|accesskey|privatekey|signature|credential|credentials|authorization)$')
                FROM (SELECT lower(regexp_replace(name, '[^A-Za-z0-9]', '', 'g')) AS v) n
            $$
            """,
            // A form field's name with + and %XX decoded (api%5Fkey is api_key).
            """
            CREATE FUNCTION aspirasi_form_name(encoded text) RETURNS text
            LANGUAGE plpgsql IMMUTABLE STRICT AS $$
            DECLARE
                decoded text := replace(encoded, '+', ' ');
                hex text;
            BEGIN
                FOR hex IN SELECT DISTINCT m[1] FROM regexp_matches(decoded, '%([0-9A-Fa-f]{2})', 'g') AS m LOOP
                    decoded := replace(decoded, '%' || hex,
                                       CASE WHEN hex = '00' THEN '' ELSE chr(('x' || hex)::bit(8)::int) END);
                END LOOP;
                RETURN decoded;
            END $$
            """,
            """
            CREATE FUNCTION aspirasi_redact_json(j jsonb) RETURNS jsonb
            LANGUAGE plpgsql IMMUTABLE STRICT AS $$
            BEGIN
                CASE jsonb_typeof(j)
                WHEN 'object' THEN
                    RETURN (SELECT COALESCE(jsonb_object_agg(key,
                                CASE WHEN aspirasi_is_credential_name(key) THEN '"[redacted]"'::jsonb
                                     ELSE aspirasi_redact_json(value) END), '{}'::jsonb)
                            FROM jsonb_each(j));
                WHEN 'array' THEN
                    RETURN (SELECT COALESCE(jsonb_agg(aspirasi_redact_json(value) ORDER BY n), '[]'::jsonb)
                            FROM jsonb_array_elements(j) WITH ORDINALITY AS a(value, n));
                ELSE
                    RETURN j;
                END CASE;
            END $$
            """,
            """
            CREATE FUNCTION aspirasi_redact_form(body text) RETURNS text
            LANGUAGE sql IMMUTABLE STRICT AS $$
                SELECT COALESCE(string_agg(
                    CASE WHEN strpos(pair, '=') BETWEEN 1 AND length(pair) - 1
                              AND aspirasi_is_credential_name(aspirasi_form_name(split_part(pair, '=', 1)))
                         THEN split_part(pair, '=', 1) || '=%5Bredacted%5D'
                         ELSE pair END, '&' ORDER BY n), body)
                FROM unnest(string_to_array(body, '&')) WITH ORDINALITY AS p(pair, n)
            $$
            """,
            // The top-level header block only: a credential field's value, folded lines and all.
            """
            CREATE FUNCTION aspirasi_redact_mail(mail text) RETURNS text
            LANGUAGE plpgsql IMMUTABLE STRICT AS $$
            DECLARE
                position_ int := 1;
                newline int;
                line text;
                ending text;
                redacting boolean := false;
                headers text := '';
            BEGIN
                WHILE position_ <= length(mail) LOOP
                    newline := strpos(substr(mail, position_), E'\\n');
                    IF newline = 0 THEN
                        line := substr(mail, position_);
                        ending := '';
                    ELSE
                        line := substr(mail, position_, newline - 1);
                        ending := E'\\n';
                    END IF;
                    IF right(line, 1) = E'\\r' THEN
                        line := left(line, -1);
                        ending := E'\\r' || ending;
                    END IF;
                    EXIT WHEN line = '';
                    IF left(line, 1) IN (' ', E'\\t') THEN
                        IF NOT redacting THEN headers := headers || line || ending; END IF;
                    ELSIF strpos(line, ':') > 0 AND aspirasi_is_credential_name(split_part(line, ':', 1)) THEN
                        headers := headers || split_part(line, ':', 1) || ': [redacted]' || ending;
                        redacting := true;
                    ELSE
                        headers := headers || line || ending;
                        redacting := false;
                    END IF;
                    position_ := position_ + length(line) + length(ending);
                END LOOP;
                RETURN headers || substr(mail, position_);
            END $$
            """,
            // Form bodies and mail are read as Latin-1, which maps every byte and back unchanged.
            """
            CREATE FUNCTION aspirasi_redact_raw(raw bytea, content_type text) RETURNS bytea
            LANGUAGE plpgsql IMMUTABLE AS $$
            DECLARE
                kind text := lower(trim(split_part(COALESCE(content_type, ''), ';', 1)));
                parsed jsonb;
                redacted jsonb;
            BEGIN
                IF raw IS NULL THEN
                    RETURN NULL;
                ELSIF kind IN ('application/json', 'text/json') OR kind LIKE '%+json' THEN
                    parsed := convert_from(raw, 'UTF8')::jsonb;
                    redacted := aspirasi_redact_json(parsed);
                    RETURN CASE WHEN redacted = parsed THEN raw ELSE convert_to(redacted::text, 'UTF8') END;
                ELSIF kind = 'application/x-www-form-urlencoded' THEN
                    RETURN convert_to(aspirasi_redact_form(convert_from(raw, 'LATIN1')), 'LATIN1');
                ELSIF kind = 'message/rfc822' THEN
                    RETURN convert_to(aspirasi_redact_mail(convert_from(raw, 'LATIN1')), 'LATIN1');
                END IF;
                RETURN NULL;
            EXCEPTION WHEN OTHERS THEN
                -- Unreadable as its type (bad UTF-8 or JSON, a NUL byte): not kept, as the intake does.
                RETURN NULL;
            END $$
            """,
            """
            UPDATE inbound_messages m SET raw_payload = r.redacted
            FROM (SELECT id, aspirasi_redact_raw(raw_payload, raw_content_type) AS redacted
                  FROM inbound_messages WHERE raw_payload IS NOT NULL) r
            WHERE m.id = r.id AND r.redacted IS DISTINCT FROM m.raw_payload
            """,
        ])
}
