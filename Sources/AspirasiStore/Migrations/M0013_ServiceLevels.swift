extension Migration {
    /// Service-level targets per category, public holidays, each report's SLA
    /// clock, and the escalations sent (once per level and cycle).
    static let m0013ServiceLevels = Migration(
        "0013_service_levels",
        [
            """
            ALTER TABLE categories
                ADD COLUMN response_minutes integer NOT NULL DEFAULT 480 CHECK (response_minutes > 0),
                ADD COLUMN completion_minutes integer NOT NULL DEFAULT 2400 CHECK (completion_minutes <= 525600),
                ADD COLUMN sla_clock text NOT NULL DEFAULT 'working' CHECK (sla_clock IN ('working', 'continuous')),
                ADD CONSTRAINT categories_response_before_completion CHECK (response_minutes <= completion_minutes),
                -- Set by an admin's change: a re-import then leaves the targets alone.
                ADD COLUMN sla_customised boolean NOT NULL DEFAULT false
            """,
            "CREATE TABLE public_holidays (day date PRIMARY KEY, name text NOT NULL)",
            // A reopen starts a new cycle: a fresh clock (sla_started_at) and fresh escalations.
            // sla_check_at is when the SLA worker must look again; NULL once closed.
            """
            ALTER TABLE reports
                ADD COLUMN sla_cycle integer NOT NULL DEFAULT 0,
                ADD COLUMN sla_started_at timestamptz NOT NULL DEFAULT now(),
                ADD COLUMN responded_at timestamptz,
                ADD COLUMN response_due_at timestamptz,
                ADD COLUMN completion_due_at timestamptz,
                ADD COLUMN sla_check_at timestamptz DEFAULT now()
            """,
            // Reports open at the upgrade start their clock now, and those already acted on count as
            // answered: otherwise the first round would escalate the whole backlog to every level at once.
            """
            UPDATE reports SET
                sla_started_at = CASE WHEN status IN ('selesai', 'ditolak') THEN created_at ELSE now() END,
                responded_at = CASE WHEN status <> 'menunggu' THEN status_changed_at END,
                sla_check_at = CASE WHEN status IN ('selesai', 'ditolak') THEN NULL ELSE now() END
            """,
            "CREATE INDEX reports_sla_check_idx ON reports (sla_check_at) WHERE sla_check_at IS NOT NULL",
            """
            CREATE TABLE report_escalations (
                report_id bigint NOT NULL REFERENCES reports (id),
                cycle integer NOT NULL,
                deadline text NOT NULL CHECK (deadline IN ('response', 'completion')),
                level integer NOT NULL CHECK (level BETWEEN 1 AND 3),
                due_at timestamptz NOT NULL,
                event_id bigint NOT NULL REFERENCES report_events (id),
                escalated_at timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (report_id, cycle, deadline, level)
            )
            """,
        ])
}
