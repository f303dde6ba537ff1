extension LoginThrottle {
    /// What each key is allowed, and how failures are answered.
    public struct Policy: Sendable, Equatable {
        /// Failures of one username in the window before it is locked.
        public var usernameLimit = 5
        /// Failures from one address (any usernames) in the window before it is locked.
        public var addressLimit = 20
        public var window = Duration.seconds(15 * 60)
        public var lockout = Duration.seconds(15 * 60)
        /// The wait added to the first failure's answer, doubled for each later one.
        public var firstDelay = Duration.milliseconds(250)
        public var maximumDelay = Duration.seconds(4)

        public init() {}

        /// How long to hold the answer to an attempt that failed, the `failures`th in its window.
        public func delay(afterFailures failures: Int) -> Duration {
            guard failures > 0 else { return .zero }
            let doublings = min(failures - 1, 30)
            return min(firstDelay * (1 << doublings), maximumDelay)
        }
    }
}
