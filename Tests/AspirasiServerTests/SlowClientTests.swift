import AspirasiServer
import AspirasiTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Slow and greedy clients (slowloris) against a live hub with short limits:
/// a request that does not arrive in time is answered 408 and closed, one
/// address cannot hold more than its share of connections, and everyone else
/// is still served meanwhile.
@Suite struct SlowClientTests {
    static func limits(_ change: (inout HTTPLimits) -> Void) -> HTTPLimits {
        var limits = HTTPLimits.forTests
        change(&limits)
        return limits
    }

    @Test func aHeadThatStopsHalfWayIs408AndClosed() async throws {
        try await withLiveHub(http: Self.limits { $0.headerTimeout = .seconds(1) }) { hub in
            let port = try #require(hub.http.port)
            let started = ContinuousClock.now
            let slow = try await RawConnection.open(port: port)
            try await slow.send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
            let answer = try await slow.answerAndClose(within: .seconds(6))
            #expect(answer.hasPrefix("HTTP/1.1 408"))
            #expect(answer.contains("request_timeout"))
            #expect(ContinuousClock.now - started >= .milliseconds(900))

            // A connection that never says anything is closed without an answer.
            let silent = try await RawConnection.open(port: port)
            #expect(try await silent.answerAndClose(within: .seconds(6)) == "")
        }
    }

    @Test func aBodyThatStopsIs408AndClosed() async throws {
        try await withLiveHub(http: Self.limits { $0.bodyTimeout = .seconds(1) }) { hub in
            let port = try #require(hub.http.port)
            let slow = try await RawConnection.open(port: port)
            try await slow.send(
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 200\r\n\r\n{\"username\": \"")
            let answer = try await slow.answerAndClose(within: .seconds(6))
            #expect(answer.hasPrefix("HTTP/1.1 408"))
            #expect(answer.contains("request_timeout"))
        }
    }

    @Test func beyondTheLimitPerAddressA503UntilSomeClose() async throws {
        try await withLiveHub(http: Self.limits { $0.connectionsPerAddress = 3 }) { hub in
            let port = try #require(hub.http.port)
            // The test client's own connection may or may not still count (a loaded machine can close it), so
            // the third raw connection may go either way; the fourth is beyond the limit in both cases.
            #expect(try await hub.http.execute(uri: "/health", method: .get).status == .ok)
            let held = [try await RawConnection.open(port: port), try await RawConnection.open(port: port)]
            let either = try await RawConnection.open(port: port)
            let refused = try await RawConnection.open(port: port)
            // The hub answers at once and closes, so the request may find the connection closed already.
            try? await refused.send("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n")
            // A deadline, not a wait: the refusal comes at once, but two busy cores can delay it.
            let answer = try await refused.answerAndClose(within: .seconds(20))
            #expect(answer.hasPrefix("HTTP/1.1 503"))
            #expect(answer.contains("too_many_connections"))
            #expect(held.allSatisfy { $0.isOpen })

            for connection in held + [either] { await connection.close() }
            let servedAgain = try await eventually(within: .seconds(10)) {
                try await RawConnection.request("GET /health HTTP/1.1\r\nHost: localhost\r\n", port: port)
                    .hasPrefix("HTTP/1.1 200")
            }
            #expect(servedAgain)
        }
    }

    @Test func healthAndIntakeAnswerWhileManySlowConnectionsAreOpen() async throws {
        let limits = Self.limits {
            $0.headerTimeout = .seconds(60)
            $0.connectionsPerAddress = 0
        }
        try await withLiveHub(http: limits) { hub in
            let port = try #require(hub.http.port)
            var slow: [RawConnection] = []
            for index in 0..<200 {
                let connection = try await RawConnection.open(port: port)
                try await connection.send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow-\(index): ")
                slow.append(connection)
            }
            let started = ContinuousClock.now
            let health = try await RawConnection.request("GET /health HTTP/1.1\r\nHost: localhost\r\n", port: port)
            #expect(health.hasPrefix("HTTP/1.1 200"))
            let key = try await hub.partnerKey()
            let posted = try await hub.postMessage(message("slowloris-1"), key: key)
            #expect(posted.status == .created)
            #expect(ContinuousClock.now - started < .seconds(5))
            #expect(slow.allSatisfy { $0.isOpen })
            for connection in slow { await connection.close() }
        }
    }
}
