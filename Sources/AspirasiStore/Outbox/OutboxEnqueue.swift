/// The one way a row enters the outbox (`deliveries`): SQL to put around a SELECT inside the statement
/// that decides the delivery, so the delivery commits with what caused it (a report, an event) or not
/// at all. The SELECT gives every column of `columns`, in that order (typed NULLs where none), and its
/// key from `aspirasi_delivery_key(purpose, part, …)` (migration 0035), which reads `purpose:part:…`:
///
/// - `ack`, channel, message id: the answer to a citizen's message (a redelivered message gets none);
/// - `forward`, system, report id: a report handed to another system;
/// - `event`, event id, `identity` or `contact`, its id: news of an event to a citizen or a unit contact;
/// - `digest`, month, `contact`, its id: a monthly digest;
/// - `incident`, its id, the occasion (`opened`, an action's key and `disposed`), `contact` or `identity`,
///   its id: an incident's notice to a unit contact or an incident-wide reply to a citizen.
///
/// A key already in the outbox makes the row nothing (`onConflict`), so a statement retried after a lost
/// answer, or two hubs deciding the same delivery, enqueue it once.
public enum OutboxEnqueue {
    /// `INSERT INTO deliveries (…)` with the columns a caller sets.
    public static let insert = """
        INSERT INTO deliveries (report_id, event_id, channel, recipient, identity_id, unit_contact_id, thread_key,
                                kind, payload, idempotency_key, request_id)
        """
    /// After the SELECT (before any RETURNING).
    public static let onConflict = "ON CONFLICT DO NOTHING"
}
