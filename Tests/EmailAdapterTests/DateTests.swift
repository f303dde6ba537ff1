import Foundation
import Testing

@testable import EmailAdapter
@testable import MailKit

@Suite struct DateTests {
    private func seconds(_ value: String) -> TimeInterval? {
        RFC5322Date.parse(value)?.timeIntervalSince1970
    }

    @Test func standardForm() {
        #expect(seconds("Tue, 01 Jul 2025 09:30:15 +0700") == 1_751_337_015)
        #expect(seconds("Thu, 29 Feb 2024 23:59:59 -0330") == 1_709_263_799)
        #expect(seconds("Mon, 31 Dec 1999 12:00:00 GMT") == 946_641_600)
        #expect(seconds("1 Jan 1969 00:00:00 +0000") == -31_536_000)
    }

    @Test func lenientVariants() {
        #expect(seconds("1 Jul 2025 09:30 +0700") == 1_751_337_000)
        #expect(seconds("Tue,01 Jul 2025 09:30:15 +0700") == 1_751_337_015)
        #expect(seconds("Tue, 01 Jul 2025 09:30:15 +0700 (WIB)") == 1_751_337_015)
        #expect(seconds("  tue,  1  JUL  2025  02:30:15  ") == 1_751_337_015)
        #expect(seconds("Tuesday, 1 July 2025 02:30:15 UT") == 1_751_337_015)
        #expect(seconds("Tue Jul  1 02:30:15 2025") == 1_751_337_015)
    }

    @Test func namedZones() {
        let utc: TimeInterval = 1_751_337_015
        #expect(seconds("Tue, 1 Jul 2025 02:30:15 GMT") == utc)
        #expect(seconds("Tue, 1 Jul 2025 02:30:15 UTC") == utc)
        #expect(seconds("Tue, 1 Jul 2025 02:30:15 Z") == utc)
        #expect(seconds("Mon, 30 Jun 2025 21:30:15 EST") == utc)
        #expect(seconds("Mon, 30 Jun 2025 22:30:15 EDT") == utc)
        #expect(seconds("Mon, 30 Jun 2025 19:30:15 PDT") == utc)
        #expect(seconds("Mon, 30 Jun 2025 18:30:15 PST") == utc)
        #expect(seconds("Mon, 30 Jun 2025 21:30:15 CDT") == utc)
        #expect(seconds("Tue, 1 Jul 2025 02:30:15 WIB") == utc)
    }

    @Test func obsoleteYears() {
        #expect(seconds("01 Jul 25 02:30:15 +0000") == 1_751_337_015)
        #expect(seconds("31 Dec 99 12:00:00 GMT") == 946_641_600)
        #expect(seconds("31 Dec 099 12:00:00 GMT") == 946_641_600)
    }

    @Test func invalidDates() {
        for value in [
            "", "garbage", "31 Feb 2025 10:00:00 +0000", "29 Feb 2023 10:00:00 +0000", "1 Jul 2025",
            "1 Jul 2025 24:00:00 +0000", "1 Jul 2025 10:60 +0000", "1 Foo 2025 10:00 +0000", "1 Jul 2025 1:2:3:4",
            "0 Jul 2025 10:00 +0000",
        ] {
            #expect(RFC5322Date.parse(value) == nil, "\(value)")
        }
    }

    @Test func leapDayAndLeapSecond() {
        #expect(RFC5322Date.parse("29 Feb 2024 00:00:00 +0000") != nil)
        #expect(RFC5322Date.parse("29 Feb 2000 00:00:00 +0000") != nil)
        #expect(RFC5322Date.parse("29 Feb 1900 00:00:00 +0000") == nil)
        #expect(seconds("31 Dec 2016 23:59:60 +0000") == seconds("31 Dec 2016 23:59:59 +0000"))
    }

    @Test func formatting() {
        let date = Date(timeIntervalSince1970: 1_751_337_015)
        #expect(RFC5322Date.format(date) == "Tue, 01 Jul 2025 09:30:15 +0700")
        #expect(RFC5322Date.format(date, utcOffsetSeconds: 0) == "Tue, 01 Jul 2025 02:30:15 +0000")
        #expect(RFC5322Date.format(date, utcOffsetSeconds: -(3 * 3600 + 1800)) == "Mon, 30 Jun 2025 23:00:15 -0330")
        #expect(RFC5322Date.format(Date(timeIntervalSince1970: -1)) == "Thu, 01 Jan 1970 06:59:59 +0700")
        #expect(
            RFC5322Date.format(Date(timeIntervalSince1970: 1_709_251_199), utcOffsetSeconds: 0)
                == "Thu, 29 Feb 2024 23:59:59 +0000")
    }

    @Test func formattingNeverTraps() {
        #expect(!RFC5322Date.format(Date(timeIntervalSince1970: .nan)).isEmpty)
        #expect(!RFC5322Date.format(Date.distantFuture).isEmpty)
        #expect(!RFC5322Date.format(Date(timeIntervalSince1970: -1e300)).isEmpty)
        #expect(!RFC5322Date.format(Date(), utcOffsetSeconds: Int.max / 2).isEmpty)
    }

    @Test func formatThenParseRoundTrips() {
        var generator = SplitMix64(state: 2025)
        for _ in 0..<500 {
            let instant = TimeInterval(Int64.random(in: -2_000_000_000...4_000_000_000, using: &generator))
            let offset = Int.random(in: -720...840, using: &generator) * 60
            let date = Date(timeIntervalSince1970: instant)
            #expect(RFC5322Date.parse(RFC5322Date.format(date, utcOffsetSeconds: offset)) == date)
        }
    }
}
