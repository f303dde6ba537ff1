extension Migration {
    /// A koordinator's action on a whole incident, claimed by its idempotency key in the transaction that
    /// carries it out: a retried action finds its row and answers what the first one did, so every
    /// reporter hears a reply once.
    static let m0039IncidentActions = Migration(
        "0039_incident_actions",
        [
            """
            CREATE TABLE incident_actions (
                incident_id bigint NOT NULL REFERENCES incidents (id),
                idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
                action text NOT NULL,
                officer_id bigint NOT NULL REFERENCES officers (id),
                outcome jsonb NOT NULL DEFAULT '{}',
                performed_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (incident_id, idempotency_key)
            )
            """
        ])
}
