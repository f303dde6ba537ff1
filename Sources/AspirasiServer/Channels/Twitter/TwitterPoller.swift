import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import Logging
import TwitterAdapter

/// Polls X for mentions (with a `since_id` cursor committed with the
/// messages) and DMs (paged back to the newest event id of the last round), for hubs without the Account Activity webhook.
/// Any number of hubs may run it (one polls at a time, the others skip the round).
public struct TwitterPoller: Sendable {
    static let mentionsFeed = "twitter:mentions"
    static let messagesFeed = "twitter:dm"

    let timeline: TwitterTimeline
    let polled: PolledIntake
    let logger: Logger

    public init(timeline: TwitterTimeline, polled: PolledIntake, logger: Logger) {
        self.timeline = timeline
        self.polled = polled
        self.logger = logger
    }

    /// The service that runs it on a schedule.
    public func service(interval: Duration) -> ChannelPoller {
        ChannelPoller(name: "X", interval: interval, logger: logger) {
            _ = try await runOnce()
            return false
        }
    }

    /// One round: mentions since the cursor, then DMs. Returns how many messages were new.
    @discardableResult
    public func runOnce() async throws -> Int {
        let timeline = self.timeline
        let mentions = try await polled.poll(Self.mentionsFeed, logger: logger) { cursor in
            let (messages, newest) = try await timeline.mentions(since: cursor)
            return .init(messages: messages, cursor: newest)
        }
        let messages = try await polled.poll(Self.messagesFeed, logger: logger) { cursor in
            let (messages, newest) = try await timeline.directMessages(since: cursor)
            return .init(messages: messages, cursor: newest)
        }
        return (mentions?.created ?? 0) + (messages?.created ?? 0)
    }
}
