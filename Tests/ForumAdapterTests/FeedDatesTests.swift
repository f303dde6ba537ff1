import Foundation
import Testing

@testable import ForumAdapter

@Suite struct FeedDatesTests {
    /// 2024-05-06T01:15:00Z, the instant every valid sample below denotes.
    static let instant = Date(timeIntervalSince1970: 1_714_958_100)

    @Test(arguments: [
        "Mon, 06 May 2024 08:15:00 +0700",
        "06 May 2024 08:15:00 +0700",
        "Mon 6 May 2024 08:15 +0700",
        "Mon, 06 May 24 01:15:00 GMT",
        "Monday, 06-May-24 01:15:00 GMT",
        "Mon, 06 May 2024 01:15:00 UT",
        "Mon, 06 May 2024 01:15:00 Z",
        "Mon, 06 May 2024 01:15:00",
        "Mon, 06 May 2024 01:15:00 -0000",
        "Sun, 05 May 2024 21:15:00 EDT",
        "Sun, 05 May 2024 20:15:00 EST",
        "Sun, 05 May 2024 20:15:00 CDT",
        "Sun, 05 May 2024 19:15:00 CST",
        "Sun, 05 May 2024 19:15:00 MDT",
        "Sun, 05 May 2024 18:15:00 MST",
        "Sun, 05 May 2024 18:15:00 PDT",
        "Sun, 05 May 2024 17:15:00 PST",
        "Mon, 06 May 2024 02:15:00 A",
        "Mon, 06 May 2024 13:15:00 M",
        "Sun, 05 May 2024 13:15:00 Y",
        "Mon, 06 May 2024 08:15:00 +07:00",
        "Mon, 06 May 2024 08:15:00 WIB",
        "Sen, 06 Mei 2024 08:15:00 +0700",
        "  Mon, 06 may 2024 08:15:00 +0700  ",
    ])
    func rfc822(_ text: String) {
        #expect(FeedDates.rfc822(text) == Self.instant)
    }

    @Test(arguments: [
        "", "yesterday", "31 Feb 2024 10:00:00 GMT", "Mon, 06 May 2024 25:00:00 GMT", "06 Foo 2024 10:00 GMT",
        "06 May 2024 10:00 +9999", "06 May 2024 10:00 J", "06 May 2024", "2024-05-06T01:15:00Z",
    ])
    func rfc822Rejects(_ text: String) {
        #expect(FeedDates.rfc822(text) == nil)
    }

    @Test(arguments: [
        "2024-05-06T01:15:00Z",
        "2024-05-06T08:15:00+07:00",
        "2024-05-05T20:15:00-05:00",
        "2024-05-06t01:15:00z",
        "2024-05-06 01:15:00Z",
        "2024-05-06T01:15:00.000Z",
        "2024-05-06T01:15:00.000000000000Z",
        "2024-05-06T08:15:00+0700",
        "2024-05-06T01:15Z",
        "2024-05-06T01:15:00",
    ])
    func rfc3339(_ text: String) {
        #expect(FeedDates.rfc3339(text) == Self.instant)
    }

    @Test func rfc3339Fractions() throws {
        let date = try #require(FeedDates.rfc3339("2024-05-06T08:15:00.123456789+07:00"))
        #expect(abs(date.timeIntervalSince(Self.instant) - 0.123456789) < 1e-6)
        #expect(FeedDates.rfc3339("2024-05-06") == Date(timeIntervalSince1970: 1_714_953_600))
    }

    @Test(arguments: [
        "", "2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z", "2024-05-06T01:15:00+25:00", "06/05/2024",
        "2024-05-06T1:15:00Z", "2024-05-06T01:15:00.Z", "2024-05-06X01:15:00Z", "Mon, 06 May 2024 01:15:00 GMT",
    ])
    func rfc3339Rejects(_ text: String) {
        #expect(FeedDates.rfc3339(text) == nil)
    }

    @Test func leapDay() {
        #expect(FeedDates.rfc3339("2024-02-29T00:00:00Z") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(FeedDates.rfc3339("2023-02-29T00:00:00Z") == nil)
    }
}
