import AspirasiCore
import AspirasiStore
import ChannelKit
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import PostgresNIO
import Synchronization
import Testing

@testable import AspirasiServer

/// The public pages' cache, rate limit and client address, without a database.
@Suite struct PublicCacheTests {
    final class Clock: Sendable {
        let seconds = Mutex(1000.0)
        func now() -> Double { seconds.withLock { $0 } }
        func advance(_ by: Double) { seconds.withLock { $0 += by } }
    }

    final class Counter: Sendable {
        let value = Mutex(0)
        func next() -> Int {
            value.withLock {
                $0 += 1; return $0
            }
        }
        var count: Int { value.withLock { $0 } }
    }

    @Test func aCachedValueIsNotComputedAgainUntilItAges() async throws {
        let clock = Clock()
        let counter = Counter()
        let cache = TTLCache<Int>(ttl: 30, capacity: 8, now: { clock.now() })
        #expect(try await cache.value("k") { counter.next() } == 1)
        clock.advance(29)
        #expect(try await cache.value("k") { counter.next() } == 1)
        #expect(counter.count == 1)
        clock.advance(2)
        #expect(try await cache.value("k") { counter.next() } == 2)
        #expect(await cache.computations == 2)
    }

    @Test func concurrentReadersOfAMissingKeyShareOneComputation() async throws {
        let counter = Counter()
        let cache = TTLCache<Int>(ttl: 30, capacity: 8)
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await cache.value("k") {
                        try await Task.sleep(for: .milliseconds(50))
                        return counter.next()
                    }
                }
            }
            for try await value in group { #expect(value == 1) }
        }
        #expect(counter.count == 1)
    }

    @Test func theCacheHoldsAtMostItsCapacity() async throws {
        let cache = TTLCache<Int>(ttl: 30, capacity: 4)
        let counter = Counter()
        for key in 0..<20 { _ = try await cache.value("\(key)") { counter.next() } }
        // Key 0 was dropped to make room: asking again computes it again.
        _ = try await cache.value("0") { counter.next() }
        #expect(counter.count == 21)
    }

    @Test func aBucketRefusesBeyondItsBurstAndRefills() async {
        let clock = Clock()
        let buckets = RequestBuckets(perMinute: 60, burst: 2, capacity: 100, now: { clock.now() })
        #expect(await buckets.take("a") == nil)
        #expect(await buckets.take("a") == nil)
        #expect(await buckets.take("a") == 1)
        #expect(await buckets.take("b") == nil)
        clock.advance(1)
        #expect(await buckets.take("a") == nil)
        #expect(await buckets.take("a") != nil)
    }

    @Test func theBucketsRememberABoundedNumberOfAddresses() async {
        let buckets = RequestBuckets(perMinute: 60, burst: 5, capacity: 100)
        for index in 0..<1000 { _ = await buckets.take("10.0.\(index / 256).\(index % 256)") }
        #expect(await buckets.remembered <= 100)
    }

    /// A mistyped number is refused before the lookup (the database) is asked; a valid one is asked
    /// once per cache period.
    @Test func theCheckDigitRefusesTyposWithoutAskingTheDatabase() async throws {
        let asked = Counter()
        // Never run: any query on it would hang the test, not pass it.
        let client = PostgresClient(
            configuration: .init(
                host: "127.0.0.1", port: 1, username: "nobody", password: nil, database: nil, tls: .disable))
        let service = PublicService(
            evaluations: EvaluationService(
                store: EvaluationStore(client), catalog: { throw CancellationError() }, maxAge: 90),
            store: PublicPageStore(client), catalog: { throw CancellationError() }, settings: PublicPageSettings(),
            lookup: { _, _ in
                _ = asked.next()
                return nil
            })
        let valid = "2611-000427" + String(TrackingNumber.checkDigit([2, 6, 1, 1, 0, 0, 0, 4, 2, 7]))
        let typo = String(valid.dropLast()) + String(((valid.last?.wholeNumberValue ?? 0) + 1) % 10)
        let swapped = "2611-000472" + String(valid.last ?? "0")
        for wrong in [typo, swapped, "2611-00042", "abc", "2611-0004273-9"] {
            let answer = try await service.trackingPage(wrong, logger: Logger(label: "test"))
            #expect(answer.status == .badRequest, "\(wrong)")
            #expect(String(buffer: answer.body).contains("Nomor laporan tidak valid: periksa kembali angkanya"))
        }
        #expect(asked.count == 0)
        for _ in 0..<3 {
            let answer = try await service.trackingPage(valid, logger: Logger(label: "test"))
            #expect(answer.status == .notFound)
        }
        #expect(asked.count == 1)
    }

    @Test func theForwardedAddressCountsOnlyFromATrustedProxy() throws {
        let proxy = try SocketAddress(ipAddress: "10.0.0.5", port: 4000)
        let request = Request(
            head: HTTPRequest(
                method: .get, scheme: "http", authority: "hub", path: "/publik",
                headerFields: [HTTPField.Name("X-Forwarded-For")!: "9.9.9.9, 203.0.113.7"]),
            body: .init(buffer: ByteBuffer()))
        let trusted = [IPNetwork("10.0.0.0/8")].compactMap { $0 }
        #expect(ClientAddress(request, peer: proxy, trustedProxies: trusted).description == "203.0.113.7")
        #expect(ClientAddress(request, peer: proxy, trustedProxies: []).description == "10.0.0.5")
        let stranger = try SocketAddress(ipAddress: "198.51.100.1", port: 4000)
        #expect(ClientAddress(request, peer: stranger, trustedProxies: trusted).description == "198.51.100.1")
    }
}
