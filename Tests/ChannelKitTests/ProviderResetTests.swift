import ChannelKit
import Foundation
import NIOHTTP1
import Testing

@Suite struct ProviderResetTests {
    /// Whatever a provider writes in its reset headers, the pause is finite and at most a day.
    @Test func resetHeadersAreHeldToADay() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func reset(_ name: String, _ value: String) -> Date? {
            ProviderHTTP.resetTime(HTTPHeaders([(name, value)]), now: now)
        }
        #expect(reset("Retry-After", "30") == now.addingTimeInterval(30))
        #expect(reset("Retry-After", "inf") == nil)
        #expect(reset("Retry-After", "nan") == nil)
        #expect(reset("Retry-After", "1e30") == now.addingTimeInterval(86_400))
        #expect(reset("X-RateLimit-Reset", "1800000600") == now.addingTimeInterval(600))
        #expect(reset("X-RateLimit-Reset", "99999999999999") == now.addingTimeInterval(86_400))
        #expect(reset("X-RateLimit-Reset", "5") == now, "a reset in the past means now")
    }
}
