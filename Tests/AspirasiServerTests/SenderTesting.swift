import ChannelKit

/// What a sender threw for `message`, or nil when it sent: for tests of how
/// provider answers are classified.
func failure(of sender: some DeliverySender, _ message: OutgoingMessage) async -> SendFailure? {
    do {
        _ = try await sender.send(message)
        return nil
    } catch {
        return error
    }
}
