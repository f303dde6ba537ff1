import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import Logging
import ServiceLifecycle
import TwitterAdapter

/// Polls X for mentions (with a `since_id` cursor committed with the
/// messages) and recent DMs, for hubs without the Account Activity webhook.
/// A 429 waits for X's reset; any number of hubs may run it (one polls at a
/// time, the others skip the round).
public struct TwitterPoller: Service {
    static let mentionsFeed = "twitter:mentions"
    static let messagesFeed = "twitter:dm"

    let timeline: TwitterTimeline
    let polled: PolledIntake
    let interval: Duration
    let logger: Logger

    public init(timeline: TwitterTimeline, polled: PolledIntake, interval: Duration = .seconds(90), logger: Logger) {
        self.timeline = timeline
        self.polled = polled
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                var pause = interval
                do {
                    try await runOnce()
                } catch let SendFailure.rateLimited(until) {
                    pause = max(interval, .seconds(max(until.timeIntervalSinceNow, 0)))
                    logger.notice("X rate limit reached; polling paused", metadata: ["until": "\(until)"])
                } catch {
                    logger.warning("X poll failed", metadata: ["error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: pause)
            }
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
        let messages = try await polled.poll(Self.messagesFeed, logger: logger) { _ in
            .init(messages: try await timeline.directMessages(), cursor: nil)
        }
        return ((mentions ?? []) + (messages ?? [])).filter(\.created).count
    }
}
