import ChannelKit
import Foundation
import Logging
import ServiceLifecycle

/// The schedule every polled channel runs on. A round that leaves more waiting
/// runs again at once; a quiet round waits the interval; a failing round waits
/// longer each time (the interval doubled per failure, up to `maximumBackoff`,
/// with jitter so that hubs restarted together do not poll in step); a rate
/// limit waits for the provider's reset. The failure itself is already on the
/// feed's health row (`PolledIntake`), so admins see it while it backs off.
public struct ChannelPoller: Service {
    /// One round: reads from the cursor and takes the messages in; true when the feed has more.
    public typealias Round = @Sendable () async throws -> Bool
    /// Waits for the feed to have news, up to the interval (IMAP IDLE); returns early when it has.
    public typealias Wait = @Sendable (Duration) async throws -> Void

    let name: String
    let interval: Duration
    let maximumBackoff: Duration
    let logger: Logger
    let round: Round
    let wait: Wait?

    public init(
        name: String, interval: Duration, maximumBackoff: Duration = .seconds(900), logger: Logger,
        wait: Wait? = nil, round: @escaping Round
    ) {
        self.wait = wait
        self.name = name
        self.interval = interval
        self.maximumBackoff = maximumBackoff
        self.logger = logger
        self.round = round
    }

    /// One round now, outside the schedule (tests, an admin's "poll now"); true when more is waiting.
    public func runOnce() async throws -> Bool { try await round() }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            var failures = 0
            while !Task.isCancelled {
                var pause: Duration
                do {
                    let more = try await round()
                    failures = 0
                    pause = more ? .zero : interval
                    if !more, let wait {
                        try await wait(interval)
                        pause = .zero
                    }
                } catch let SendFailure.rateLimited(until) {
                    let wait = min(max(until.timeIntervalSinceNow, 0), ProviderHTTP.maximumPause)
                    pause = max(interval, .seconds(wait.isFinite ? wait : 0))
                    logger.notice("\(name): rate limit reached; polling paused", metadata: ["until": "\(until)"])
                } catch {
                    failures += 1
                    pause = Self.backoff(after: failures, interval: interval, maximum: maximumBackoff)
                    logger.warning(
                        "\(name): poll failed; backing off",
                        metadata: ["error": "\(String(reflecting: error))", "failures": "\(failures)"])
                }
                if pause > .zero { try? await Task.sleep(for: pause) }
            }
        }
    }

    /// The wait after the n-th failure in a row: the interval doubled n - 1 times, capped, then
    /// somewhere between half and all of it.
    public static func backoff(after failures: Int, interval: Duration, maximum: Duration) -> Duration {
        let doubled = interval * (1 << min(max(failures - 1, 0), 16))
        // A poller with a long interval never polls more often when failing than when healthy.
        let capped = min(doubled, max(maximum, interval))
        return capped * Double.random(in: 0.5...1)
    }
}
