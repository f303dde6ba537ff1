import AspirasiTestSupport
import Foundation
import Testing

/// The servers of the enclosing `.mailServers` suite (one Dovecot and sink for all of them).
typealias MailTestServers = MailServers

enum MailServersScope {
    @TaskLocal static var current: MailServers?
}

extension MailServers {
    static func get() throws -> MailServers {
        try #require(MailServersScope.current, "test must run inside a suite with the .mailServers trait")
    }
}

/// Starts the servers once around a whole suite (and its nested suites) and stops them afterwards.
struct MailServersTrait: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test,
        testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        let servers = try await MailTestServers.start()
        do {
            try await MailServersScope.$current.withValue(servers) {
                try await function()
            }
        } catch {
            await servers.stop()
            throw error
        }
        await servers.stop()
    }
}

extension Trait where Self == MailServersTrait {
    static var mailServers: Self { Self() }
}

/// Polls `condition` until it holds or `timeout` passes: tests never guess with fixed sleeps.
func mailEventually(
    timeout: Duration = .seconds(10),
    _ condition: () async throws -> Bool
) async throws -> Bool {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}

/// All suites that need the real servers live inside this one, so they start once per test run.
@Suite(.mailServers)
struct MailServerTests {}
