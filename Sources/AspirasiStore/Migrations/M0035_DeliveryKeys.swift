extension Migration {
    /// One idempotency-key scheme for every row of the outbox: `purpose:part:part…`, built by
    /// `aspirasi_delivery_key` (see `OutboxEnqueue`). The keys already written keep their meaning: the
    /// scheme is the one acknowledgements, forwards, events and digests used; only the intake's unit
    /// notifications move from `notify:<event>:<contact>` to `event:<event>:contact:<contact>`, and their
    /// events are new with each statement, so no old row is matched or repeated. A NULL part makes the key
    /// NULL, which `deliveries` refuses: a missing id cannot collapse two deliveries into one.
    static let m0035DeliveryKeys = Migration(
        "0035_delivery_keys",
        [
            """
            CREATE FUNCTION aspirasi_delivery_key(purpose text, VARIADIC parts text[]) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                SELECT CASE WHEN purpose IS NULL OR array_position(parts, NULL) IS NOT NULL THEN NULL
                            ELSE purpose || ':' || array_to_string(parts, ':') END
            $$
            """
        ])
}
