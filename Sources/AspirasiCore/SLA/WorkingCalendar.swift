import Foundation

/// The office clock SLA targets run on: working hours per weekday in Jakarta
/// time and the public holidays (libur nasional and cuti bersama) on which
/// nobody is expected to act.
public struct WorkingCalendar: Sendable, Equatable {
    /// Working minutes of one day, from midnight: 07:30 to 16:00 is 450..<960.
    public struct Span: Sendable, Equatable {
        public let start: Int
        public let end: Int

        public init?(start: Int, end: Int) {
            guard 0 <= start, start < end, end <= 24 * 60 else { return nil }
            self.start = start
            self.end = end
        }
    }

    /// ISO weekday (1 = Monday) to its working span; absent days are off.
    public let hours: [Int: Span]
    public let holidays: Set<CivilDay>

    public init(hours: [Int: Span], holidays: Set<CivilDay> = []) {
        self.hours = hours
        self.holidays = holidays
    }

    /// Jakarta's provincial offices: Monday to Thursday 07:30 to 16:00, Friday 07:30 to 16:30.
    public static let jakartaOfficeHours = "mon-thu 07:30-16:00; fri 07:30-16:30"

    /// `jakartaOfficeHours`, without holidays (they come from the database).
    public static let jakartaDefault: WorkingCalendar = {
        switch parse(jakartaOfficeHours) {
        case .success(let calendar): calendar
        case .failure: WorkingCalendar(hours: [:])
        }
    }()

    public func with(holidays: Set<CivilDay>) -> WorkingCalendar {
        WorkingCalendar(hours: hours, holidays: holidays)
    }

    /// The instant `minutes` working minutes after `start`. Time outside working
    /// hours, weekends and holidays does not count; a clock started in the
    /// evening starts the next working morning.
    public func adding(workingMinutes minutes: Int, to start: Date) -> Date {
        var remaining = Double(max(minutes, 0)) * 60
        let startSeconds = start.timeIntervalSince1970
        var day = CivilDay(jakartaTime: startSeconds)
        var cursor = startSeconds - day.jakartaMidnight
        // A calendar with a working day every week ends this loop within a week of
        // the target; the bound only guards a calendar made wholly of holidays.
        for _ in 0..<(366 * 20) {
            if let span = hours[day.isoWeekday], !holidays.contains(day) {
                let from = max(cursor, Double(span.start * 60))
                let available = Double(span.end * 60) - from
                if available >= remaining {
                    return Date(timeIntervalSince1970: day.jakartaMidnight + from + remaining)
                }
                remaining -= max(available, 0)
            }
            day = day.adding(days: 1)
            cursor = 0
        }
        return Date(timeIntervalSince1970: day.jakartaMidnight)
    }

    /// Parses `mon-thu 07:30-16:00; fri 07:30-16:30`: groups separated by `;`,
    /// each a day or day range (mon..sun) and a time range. Nil with a reason
    /// otherwise.
    public static func parse(_ text: String) -> Result<WorkingCalendar, CalendarError> {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        var hours: [Int: Span] = [:]
        for group in text.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !group.isEmpty {
            let parts = group.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2 else { return .failure(CalendarError("\"\(group)\" is not \"DAYS HH:MM-HH:MM\"")) }
            let dayRange = parts[0].lowercased().split(separator: "-").map(String.init)
            guard (1...2).contains(dayRange.count), let first = days.firstIndex(of: dayRange[0]),
                let last = days.firstIndex(of: dayRange[dayRange.count - 1]), first <= last
            else { return .failure(CalendarError("\"\(parts[0])\" is not a day or day range such as mon-fri")) }
            let times = parts[1].split(separator: "-").map(String.init)
            guard times.count == 2, let start = minutes(times[0]), let end = minutes(times[1]),
                let span = Span(start: start, end: end)
            else { return .failure(CalendarError("\"\(parts[1])\" is not a time range such as 07:30-16:00")) }
            for index in first...last {
                guard hours[index + 1] == nil else {
                    return .failure(CalendarError("\(days[index]) is given twice"))
                }
                hours[index + 1] = span
            }
        }
        guard !hours.isEmpty else { return .failure(CalendarError("no working day is given")) }
        return .success(WorkingCalendar(hours: hours))
    }

    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hour = Int(parts[0]),
            let minute = Int(parts[1]), (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440
        else { return nil }
        return hour * 60 + minute
    }
}

/// Why a working-hours setting was refused.
public struct CalendarError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
