import NIOCore
import Testing

@testable import AspirasiServer

@Suite struct ConnectionLimiterTests {
    @Test func eachAddressGetsItsShareAndTheServerItsTotal() {
        let limiter = ConnectionLimiter(perAddress: 2, total: 3)
        #expect(limiter.admit("10.0.0.1") == nil)
        #expect(limiter.admit("10.0.0.1") == nil)
        #expect(limiter.admit("10.0.0.1") == .address)
        #expect(limiter.admit("10.0.0.2") == nil)
        #expect(limiter.admit("10.0.0.3") == .total)
        limiter.release("10.0.0.1")
        #expect(limiter.admit("10.0.0.3") == nil)
        #expect(limiter.openConnections == 3)
    }

    @Test func noLimitPerAddressWhenZero() {
        let limiter = ConnectionLimiter(perAddress: 0, total: 100)
        for _ in 0..<100 { #expect(limiter.admit("10.0.0.1") == nil) }
        #expect(limiter.admit("10.0.0.2") == .total)
    }

    @Test func anIPv6ClientIsCountedByItsSlash64AndAMappedIPv4AsIPv4() throws {
        let a = try SocketAddress(ipAddress: "2001:db8:1:2::a", port: 1)
        let b = try SocketAddress(ipAddress: "2001:db8:1:2:ffff::b", port: 2)
        let other = try SocketAddress(ipAddress: "2001:db8:1:3::a", port: 3)
        #expect(ConnectionLimiter.key(for: a) == ConnectionLimiter.key(for: b))
        #expect(ConnectionLimiter.key(for: a) != ConnectionLimiter.key(for: other))
        let mapped = try SocketAddress(ipAddress: "::ffff:192.0.2.7", port: 4)
        #expect(ConnectionLimiter.key(for: mapped) == "192.0.2.7")
    }
}
