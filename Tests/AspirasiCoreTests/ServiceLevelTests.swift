import AspirasiCore
import Foundation
import Testing

@Suite struct WorkingCalendarTests {
    /// A Jakarta wall-clock time as an instant.
    func jakarta(_ day: String, _ hour: Int, _ minute: Int = 0) throws -> Date {
        let civil = try #require(CivilDay(day))
        return Date(timeIntervalSince1970: civil.jakartaMidnight + Double(hour * 3600 + minute * 60))
    }

    var calendar: WorkingCalendar { WorkingCalendar.jakartaDefault }

    @Test func civilDaysRoundTripAndKnowTheirWeekday() throws {
        let day = try #require(CivilDay("2026-11-23"))
        #expect(day.description == "2026-11-23")
        #expect(day.isoWeekday == 1)  // a Monday
        #expect(CivilDay("2028-02-29")?.isoWeekday == 2)
        #expect(CivilDay("2026-02-29") == nil)
        #expect(CivilDay("2026-13-01") == nil)
        #expect(CivilDay("26-11-23") == nil)
        #expect(CivilDay(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        // 23:30 UTC on the 22nd is already the 23rd in Jakarta.
        #expect(CivilDay(jakartaTime: day.jakartaMidnight + 60).description == "2026-11-23")
        #expect(CivilDay(jakartaTime: day.jakartaMidnight - 60).description == "2026-11-22")
    }

    @Test func workingMinutesStopAtClosingTimeAndResumeNextMorning() throws {
        // Thursday closes at 16:00: 30 minutes left, the other 30 on Friday from 07:30.
        #expect(
            calendar.adding(workingMinutes: 60, to: try jakarta("2026-11-26", 15, 30)) == (try jakarta("2026-11-27", 8))
        )
        // Friday closes at 16:30.
        #expect(
            calendar.adding(workingMinutes: 60, to: try jakarta("2026-11-27", 15, 30))
                == (try jakarta("2026-11-27", 16, 30)))
        // An evening report starts the next working morning.
        #expect(
            calendar.adding(workingMinutes: 10, to: try jakarta("2026-11-24", 20)) == (try jakarta("2026-11-25", 7, 40))
        )
        // Saturday and Sunday do not count.
        #expect(
            calendar.adding(workingMinutes: 90, to: try jakarta("2026-11-28", 10)) == (try jakarta("2026-11-30", 9)))
        #expect(calendar.adding(workingMinutes: 0, to: try jakarta("2026-11-25", 9)) == (try jakarta("2026-11-25", 9)))
    }

    @Test func holidaysDoNotCount() throws {
        let christmas = calendar.with(holidays: [
            try #require(CivilDay("2026-12-24")), try #require(CivilDay("2026-12-25")),
        ])
        // Wednesday 15:00 + 2 h: one hour on Wednesday, then Thursday and Friday are holidays, then the weekend.
        #expect(
            christmas.adding(workingMinutes: 120, to: try jakarta("2026-12-23", 15))
                == (try jakarta("2026-12-28", 8, 30)))
        #expect(
            calendar.adding(workingMinutes: 120, to: try jakarta("2026-12-23", 15))
                == (try jakarta("2026-12-24", 8, 30)))
    }

    @Test func officeHoursAreParsedAndBadOnesNamed() throws {
        let parsed = try WorkingCalendar.parse("mon-thu 07:30-16:00; fri 07:30-16:30").get()
        #expect(parsed.hours[1] == WorkingCalendar.Span(start: 450, end: 960))
        #expect(parsed.hours[5] == WorkingCalendar.Span(start: 450, end: 990))
        #expect(parsed.hours[6] == nil)
        #expect(parsed == WorkingCalendar.jakartaDefault)
        for bad in ["mon-fri 9-17", "xyz 07:00-08:00", "mon 08:00-07:00", "mon-fri 08:00-16:00; fri 08:00-12:00", ""] {
            guard case .failure(let error) = WorkingCalendar.parse(bad) else {
                Issue.record("\"\(bad)\" was accepted")
                continue
            }
            #expect(!error.description.isEmpty)
        }
    }
}

@Suite struct SLAPolicyTests {
    let policy = SLAPolicy(calendar: .jakartaDefault)
    let hourAndDay = ServiceTarget(responseMinutes: 60, completionMinutes: 480, clock: .working)

    func monday(_ hour: Int, _ minute: Int = 0) throws -> Date {
        let day = try #require(CivilDay("2026-11-23"))
        return Date(timeIntervalSince1970: day.jakartaMidnight + Double(hour * 3600 + minute * 60))
    }

    @Test func aLateResponseEscalatesOneLevelPerTargetPeriod() throws {
        let target = try #require(hourAndDay)
        let subject = SLASubject(startedAt: try monday(8), responded: false, escalated: [:])
        let early = policy.assess(subject, target: target, now: try monday(8, 30))
        #expect(early.escalations.isEmpty)
        #expect(early.responseDue == (try monday(9)))
        #expect(early.nextCheck == (try monday(9)))
        let late = policy.assess(subject, target: target, now: try monday(9, 30))
        #expect(late.escalations.map(\.deadline) == [.response])
        #expect(late.escalations.map(\.level) == [1])
        #expect(late.escalations.map(\.dueAt) == [try monday(9)])
        #expect(late.nextCheck == (try monday(10)))
        // Sent already: not again. The next level after one more period.
        let sent = SLASubject(startedAt: try monday(8), responded: false, escalated: [.response: 1])
        #expect(policy.assess(sent, target: target, now: try monday(9, 30)).escalations.isEmpty)
        #expect(policy.assess(sent, target: target, now: try monday(10)).escalations.map(\.level) == [2])
    }

    @Test func aResponseStopsItsEscalationsButNotCompletions() throws {
        let target = try #require(hourAndDay)
        let responded = SLASubject(startedAt: try monday(8), responded: true, escalated: [.response: 1])
        // Monday 08:00 + 8 working hours is Monday 16:00; level 2 of completion follows 8 working hours later.
        let assessment = policy.assess(responded, target: target, now: try monday(16, 30))
        #expect(assessment.escalations.map(\.deadline) == [.completion])
        #expect(assessment.completionDue == (try monday(16)))
        // A worker that was down sends every missed level once, and then has nothing left to watch.
        let muchLater = policy.assess(responded, target: target, now: try monday(16) + 30 * 86_400)
        #expect(muchLater.escalations.map(\.level) == [1, 2, 3])
        #expect(muchLater.nextCheck == nil)
    }

    @Test func emergenciesRunAroundTheClock() throws {
        let fire = try #require(ServiceTarget(responseMinutes: 15, completionMinutes: 1440, clock: .continuous))
        let saturdayNight = try monday(8) - 36 * 3600
        let subject = SLASubject(startedAt: saturdayNight, responded: false, escalated: [:])
        let assessment = policy.assess(subject, target: fire, now: saturdayNight + 20 * 60)
        #expect(assessment.escalations.map(\.level) == [1])
        #expect(assessment.responseDue == saturdayNight + 15 * 60)
    }

    @Test func escalationsClimbFromLurahToCamatToWalikota() {
        #expect(
            SLAPolicy.recipients(level: 1, owner: "31.71.01.1001", handler: "31.71-BM") == [
                "31.71.01.1001", "31.71-BM",
            ])
        #expect(SLAPolicy.recipients(level: 1, owner: "31.71.01.1001", handler: "31.71.01.1001") == ["31.71.01.1001"])
        #expect(SLAPolicy.recipients(level: 2, owner: "31.71.01.1001", handler: "31.71-BM") == ["31.71.01"])
        #expect(SLAPolicy.recipients(level: 3, owner: "31.71.01.1001", handler: nil) == ["31.71"])
        // A triage report owned by the province has nobody above.
        #expect(SLAPolicy.recipients(level: 2, owner: "31", handler: nil).isEmpty)
    }

    @Test func targetsMustBeSensible() {
        #expect(ServiceTarget(responseMinutes: 0, completionMinutes: 60, clock: .working) == nil)
        #expect(ServiceTarget(responseMinutes: 120, completionMinutes: 60, clock: .working) == nil)
        #expect(ServiceTarget(responseMinutes: 60, completionMinutes: 600_000, clock: .working) == nil)
    }
}
