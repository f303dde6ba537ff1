extension Migration {
    /// Deliveries on the citizen app's channel were queued and never sent: Open311 clients read their
    /// reports' statuses themselves and the channel has no sender (`Channel.readsItsOwnAnswers`). The
    /// intake and the workflow no longer queue them; the ones already waiting would wait for ever, and keep
    /// the outbox's oldest-due alarm ringing, so they go. None was ever sent: nothing of the record is lost.
    static let m0047UnsendableAppDeliveries = Migration(
        "0047_unsendable_app_deliveries",
        ["DELETE FROM deliveries WHERE channel = 'app' AND state = 'pending' AND attempts = 0"])
}
