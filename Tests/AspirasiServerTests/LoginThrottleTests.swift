import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Failed sign-ins slow down, then lock the username or the address for a while; the logs say so
/// without the password.
@Suite struct LoginThrottleTests {
    /// Small limits and short delays, so the tests stay fast; the default is 5, 20 and 0.25 s to 4 s.
    static let policy: LoginThrottle.Policy = {
        var policy = LoginThrottle.Policy()
        policy.usernameLimit = 3
        policy.addressLimit = 6
        policy.firstDelay = .milliseconds(60)
        policy.maximumDelay = .milliseconds(240)
        return policy
    }()

    /// The hub with the test policy and a log recorder in place of the quiet logger.
    func withThrottledHub(_ recorder: LogRecorder, _ body: @Sendable (LiveHub) async throws -> Void) async throws {
        try await withLiveHub(configure: { dependencies in
            var replaced = HubDependencies(
                client: dependencies.client, metrics: dependencies.metrics, logger: recorder.logger)
            replaced.photoFetcher = dependencies.photoFetcher
            replaced.loginPolicy = Self.policy
            dependencies = replaced
        }) { hub in try await body(hub) }
    }

    @Test func failuresSlowDownThenLockTheNameAndASuccessStartsItAfresh() async throws {
        let recorder = LogRecorder()
        try await withThrottledHub(recorder) { hub in
            _ = try await hub.signIn("petugas.kunci", unit: gambir, role: .petugas)
            let right = "rahasia-petugas.kunci"
            // Each failure is answered later than the one before: 60, 120, 240 ms at least.
            for (attempt, least) in [(1, 60), (2, 120), (3, 240)] {
                let started = ContinuousClock.now
                let response = try await hub.login("petugas.kunci", "salah-tebakan-\(attempt)")
                #expect(response.status == .unauthorized)
                #expect(ContinuousClock.now - started >= .milliseconds(least), "failure \(attempt) came too soon")
            }
            // Locked: even the right password is refused, with when to come back.
            let locked = try await hub.login("petugas.kunci", right)
            #expect(locked.status == .tooManyRequests)
            #expect(try errorCode(locked) == "too_many_attempts")
            let retryAfter = locked.headers[.retryAfter].flatMap { Int($0) } ?? 0
            #expect((1...900).contains(retryAfter))

            let log = recorder.text
            #expect(log.components(separatedBy: "sign-in failed").count - 1 == 3)
            #expect(log.contains("too many failures"))
            #expect(log.contains("petugas.kunci") && log.contains("127.0.0.1"))
            #expect(!log.contains("salah-tebakan") && !log.contains(right), "no password in the logs")

            // Time passes (the lock and the window are moved into the past here). A success then clears
            // the name's count, so two failures, a success and two more failures lock nothing.
            try await hub.database.query(
                """
                UPDATE login_attempts
                SET locked_until = now() - interval '1 second', window_started_at = now() - interval '1 hour'
                """)
            #expect(try await hub.login("petugas.kunci", right).status == .created)
            #expect(try await hub.count("SELECT count(*) FROM login_attempts WHERE kind = 'username'") == 0)
            for round in 0..<2 {
                for attempt in 0..<2 {
                    #expect(try await hub.login("petugas.kunci", "salah-\(round)-\(attempt)").status == .unauthorized)
                }
                #expect(try await hub.login("petugas.kunci", right).status == .created)
            }
        }
    }

    @Test func anAddressTryingManyNamesIsLockedForEveryName() async throws {
        let recorder = LogRecorder()
        try await withThrottledHub(recorder) { hub in
            _ = try await hub.signIn("petugas.benar", unit: gambir, role: .petugas)
            // Six names, each tried once: no name reaches its limit, the address does.
            for guess in 1...6 {
                #expect(try await hub.login("tamu\(guess)", "kata-sandi-tebakan").status == .unauthorized)
            }
            let refused = try await hub.login("petugas.benar", "rahasia-petugas.benar")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] != nil)
            #expect(
                try await hub.count(
                    """
                    SELECT count(*) FROM login_attempts
                    WHERE kind = 'address' AND key = '127.0.0.1' AND locked_until > now()
                    """) == 1)
            #expect(try await hub.count("SELECT count(*) FROM login_attempts WHERE kind = 'username'") == 6)
        }
    }

    @Test func theDelayDoublesUpToItsCap() {
        let policy = LoginThrottle.Policy()
        let delays = [0, 1, 2, 3, 4, 5, 6, 50].map { policy.delay(afterFailures: $0) }
        #expect(
            delays == [
                .zero, .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(4),
                .seconds(4),
            ])
        #expect(policy.usernameLimit == 5 && policy.addressLimit == 20)
        #expect(policy.window == .seconds(900) && policy.lockout == .seconds(900))
    }
}
