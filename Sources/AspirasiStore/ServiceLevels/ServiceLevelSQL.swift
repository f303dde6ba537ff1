import AspirasiCore

/// SET clauses for `reports` shared by every writer that touches a report's
/// SLA clock, so that intake and the workflow agree on what a reopen means.
enum ServiceLevelSQL {
    /// A reopen: a fresh clock and fresh escalations, looked at by the SLA worker at once.
    static let newCycle = """
        sla_cycle = sla_cycle + 1, sla_started_at = now(), responded_at = NULL,
        response_due_at = NULL, completion_due_at = NULL, sla_check_at = now()
        """

    /// True for an open report past a deadline it has not met; false before the worker has set any.
    static let overdue = """
        coalesce(status NOT IN ('selesai', 'ditolak')
                 AND ((responded_at IS NULL AND response_due_at <= now()) OR completion_due_at <= now()), false)
        """

    /// An officer's action: a reopen starts a new cycle; otherwise the worker
    /// looks again now (a response stops the response escalations), or never
    /// once the report is closed.
    static func after(_ action: OfficerAction, closes: Bool) -> String {
        if action == .reopen { return newCycle }
        let responded = action.countsAsResponse ? "responded_at = coalesce(responded_at, now()), " : ""
        return responded + (closes ? "sla_check_at = NULL" : "sla_check_at = now()")
    }
}
