import AspirasiCore
import AspirasiStore
import ChannelKit
import Hummingbird

/// What every webhook does with decoded messages.
enum ChannelIntake {
    /// A provider's malformed payload is 400 naming what is wrong.
    static func decoded(_ decode: () throws(AdapterError) -> [InboundMessage]) throws -> [InboundMessage] {
        do {
            return try decode()
        } catch {
            throw APIError(.badRequest, code: "malformed_payload", message: error.message)
        }
    }

    /// Every message of one delivery, concurrently (the intake batches them into one transaction).
    static func submit(_ messages: [InboundMessage], to intake: IntakeQueue) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for message in messages {
                group.addTask { _ = try await intake.submit(message) }
            }
            try await group.waitForAll()
        }
    }
}
