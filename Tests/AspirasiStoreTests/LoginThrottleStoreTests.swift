import AspirasiStore
import AspirasiTestSupport
import PostgresNIO
import Testing

/// The sign-in count lives in PostgreSQL: every hub sees it, and concurrent guesses are counted one by one.
@Suite struct LoginThrottleStoreTests {
    @Test func guessesSentAtOnceCannotSlipPastTheLimit() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let throttle = LoginThrottle(client)
            // Twenty guesses at one name from twenty addresses, all at once: five are let through.
            let verdicts = try await withThrowingTaskGroup(of: LoginThrottle.Verdict.self) { group in
                for n in 0..<20 {
                    group.addTask { try await throttle.begin(username: "Korban", address: "198.51.100.\(n)") }
                }
                return try await group.reduce(into: [LoginThrottle.Verdict]()) { $0.append($1) }
            }
            let through = verdicts.filter { if case .proceed = $0 { true } else { false } }
            #expect(through.count == 5)
            for verdict in verdicts {
                if case .locked(let key, let wait) = verdict {
                    #expect(key == .username)
                    #expect((890...900).contains(wait))
                }
            }
            #expect(try await client.count("SELECT count(*) FROM login_attempts WHERE key = 'korban'") == 1)
        }
    }

    @Test func aSuccessClearsTheNameAndForgivesTheAddressItsAttempt() async throws {
        try await withFreshDatabase { (client: PostgresClient) async throws in
            let throttle = LoginThrottle(client)
            var last: LoginThrottle.Attempt?
            for expected in 1...3 {
                guard case .proceed(let attempt) = try await throttle.begin(username: "budi", address: "203.0.113.7")
                else { Issue.record("attempt \(expected) was refused"); return }
                #expect(attempt.failures == expected)
                last = attempt
            }
            try await throttle.succeeded(try #require(last))
            #expect(try await client.count("SELECT count(*) FROM login_attempts WHERE kind = 'username'") == 0)
            #expect(try await client.count("SELECT failures FROM login_attempts WHERE kind = 'address'") == 2)
        }
    }
}
