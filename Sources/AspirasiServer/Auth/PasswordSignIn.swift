import AspirasiStore
import Logging

/// Checks a username and password the way every sign-in page must (the API's login now, the
/// console's later): counted per username and per client address by `LoginThrottle`, so that
/// too many failures lock the name or the address for a while (429 with `Retry-After`); each
/// failure answered only after a delay that doubles with the failures before it; every failure
/// and lock logged, with the username and address but never the password.
struct PasswordSignIn: Sendable {
    let officers: OfficerStore
    let hasher: PasswordHasher
    let throttle: LoginThrottle

    /// The officer whose password this is; else `WorkflowError.unauthenticated`, or
    /// `APIError.tooManyAttempts` while the name or the address is locked.
    func officer(username: String, password: String, from address: ClientAddress, logger: Logger) async throws
        -> Officer
    {
        var logger = logger
        logger[metadataKey: "username"] = "\(Self.loggable(username))"
        logger[metadataKey: "address"] = "\(address)"
        let attempt: LoginThrottle.Attempt
        switch try await throttle.begin(username: username, address: address.description, logger: logger) {
        case .locked(let key, let wait):
            logger.warning("sign-in refused: too many failures", metadata: ["locked": "\(key.rawValue)"])
            throw APIError.tooManyAttempts(retryAfterSeconds: wait)
        case .proceed(let counted):
            attempt = counted
        }
        let found = try await officers.credentials(of: username, logger: logger)
        // A missing account costs a hash check too, so timing does not tell which usernames exist.
        let stored = found?.passwordHash ?? Self.decoyHash
        guard try await hasher.verify(password, against: stored), let officer = found?.officer else {
            logger.notice("sign-in failed", metadata: ["failures": "\(attempt.failures)"])
            try await Task.sleep(for: throttle.policy.delay(afterFailures: attempt.failures))
            throw WorkflowError.unauthenticated
        }
        try await throttle.succeeded(attempt, logger: logger)
        return officer
    }

    /// A username as logs may show it: the field may hold anything (an e-mail address, a phone
    /// number, a password typed into the wrong field), so only a name of the accounts' shape is written.
    static func loggable(_ username: String) -> String {
        let name = username.lowercased()
        return name.wholeMatch(of: /[a-z0-9][a-z0-9._-]{2,63}/) != nil ? name : "(not a username)"
    }

    /// A valid bcrypt hash of nothing anyone knows.
    static let decoyHash = "$2b$12$lf7SHjSULQ2wRFbTcNzY4uqSfJNJIg0Zsni22IoLFMMs6S6YC13Ae"
}
