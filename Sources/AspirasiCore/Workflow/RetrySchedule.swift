/// When a failed delivery is tried again: exponential backoff with jitter,
/// and a dead letter after `maximumAttempts`.
public struct RetrySchedule: Sendable {
    public let baseSeconds: Double
    public let capSeconds: Double
    public let maximumAttempts: Int

    /// 30 s, 1, 2, 4, 8, 16, 32 min, then capped at an hour; the eighth failure is final.
    public static let standard = RetrySchedule(baseSeconds: 30, capSeconds: 3_600, maximumAttempts: 8)

    public init(baseSeconds: Double, capSeconds: Double, maximumAttempts: Int) {
        self.baseSeconds = baseSeconds
        self.capSeconds = capSeconds
        self.maximumAttempts = maximumAttempts
    }

    /// The wait after failed attempt number `attempt` (1-based), or nil when it was the last.
    /// Jitter spreads it over [half, full] so that many deliveries failing together do not retry together.
    public func delay(afterAttempt attempt: Int, jitter: Double = Double.random(in: 0...1)) -> Double? {
        guard attempt < maximumAttempts else { return nil }
        let full = min(capSeconds, baseSeconds * Double(1 << min(max(attempt - 1, 0), 30)))
        return full * (0.5 + 0.5 * min(max(jitter, 0), 1))
    }
}
