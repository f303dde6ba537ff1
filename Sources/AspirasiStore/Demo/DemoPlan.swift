import AspirasiCore
import Foundation

/// The history to generate: which days (the last 30, or whole months up to today), how many reports
/// each, how they are cut into chunks, and the office clock the deadlines run on.
struct DemoPlan: Sendable {
    /// Consecutive days loaded in one transaction; reports are spread over them by hour of day.
    struct Chunk: Sendable {
        let reports: Int
        /// Seconds since 1970 of the first day's midnight in Jakarta.
        let start: Double
        let days: Int
        /// No report is later than this (the last chunk ends a little before now).
        let end: Double
    }

    /// Working time as SQL reads it: per Jakarta day, when work starts (seconds since 1970), how many seconds
    /// it lasts (0 on a day off) and the working seconds of every earlier day in the table.
    struct WorkingDays: Sendable {
        var days: [Int] = []
        var starts: [Double] = []
        var lengths: [Double] = []
        var before: [Double] = []
    }

    static let monthDays = 30
    /// Deliveries are written for the reports of the last 30 days only: a long history's outbox is a
    /// third of its volume and no figure reads it (see `DemoGenerator.Options.months`).
    static let deliveryDays = 30.0

    let reports: Int
    let now: Double
    /// The first day of the history.
    let firstDay: CivilDay
    /// Calendar months of history; 1 is the last 30 days.
    let months: Int
    let chunks: [Chunk]
    let calendar: WorkingCalendar
    /// The province: owner of the reports nobody could place.
    let province: String

    init(reports: Int, months: Int = 1, now: Date, calendar: WorkingCalendar, province: String) {
        self.reports = reports
        self.months = max(1, months)
        self.now = now.timeIntervalSince1970
        self.calendar = calendar
        self.province = province
        self.firstDay = Self.days(months: months, now: now.timeIntervalSince1970)[0]
        self.chunks = Self.chunks(reports: reports, months: months, now: now.timeIntervalSince1970)
    }

    /// The days reports fall on: the last 30 for one month; for more, every day from the first of the
    /// month `months - 1` before the current one up to today, so each closed month is whole.
    static func days(months: Int, now: Double) -> [CivilDay] {
        let today = CivilDay(jakartaTime: now)
        guard months > 1 else { return (0..<monthDays).map { today.adding(days: $0 - monthDays + 1) } }
        var month = EvaluationMonth(containing: now)
        for _ in 1..<months { month = month.previous }
        let first = month.firstDay
        return (0...(today.daysSinceEpoch - first.daysSinceEpoch)).map { first.adding(days: $0) }
    }

    /// The days weighted by weekday, by a city's growth over a long history (the first month has 60% of the
    /// last's reports, as channels were adopted) and today by the part of it gone, in chunks of enough reports
    /// to be worth a transaction: each day its own chunk from 6,000 reports a day up.
    static func chunks(reports: Int, months: Int = 1, now: Double) -> [Chunk] {
        let today = CivilDay(jakartaTime: now)
        let days = Self.days(months: months, now: now)
        let end = now - 120
        let weights = days.enumerated().map { index, day -> Double in
            let growth = days.count > monthDays ? 0.6 + 0.4 * Double(index) / Double(days.count - 1) : 1
            let weight = DemoWeights.day(weekday: day.isoWeekday) * growth
            guard day == today else { return weight }
            let elapsedHours = max(0, min(24, (end - day.jakartaMidnight) / 3600))
            let hours = DemoWeights.hours
            let gone = hours.indices.reduce(0.0) { $0 + hours[$1] * min(max(elapsedHours - Double($1), 0), 1) }
            return weight * gone / hours.reduce(0, +)
        }
        let counts = DemoWeights.apportion(reports, weights)
        let target = max(3_000, reports / days.count / 2)
        var chunks: [Chunk] = []
        var first = 0
        var sum = 0
        for index in days.indices {
            sum += counts[index]
            guard sum >= target || index == days.count - 1 else { continue }
            if sum > 0 {
                let start = days[first].jakartaMidnight
                chunks.append(
                    Chunk(
                        reports: sum, start: start, days: index - first + 1,
                        end: min(days[index].jakartaMidnight + 86_400, end)))
            }
            (first, sum) = (index + 1, 0)
        }
        return chunks
    }

    /// From two days before the month until the furthest escalation of a report started now can fall due.
    func workingDays(longestTargetMinutes: Int) -> WorkingDays {
        var table = WorkingDays()
        var day = firstDay.adding(days: -2)
        var total = 0.0
        var needed: Double?
        // A few years past the history at most, whatever the targets say.
        for _ in 0..<(366 * 4 + months * 31) {
            let span = calendar.holidays.contains(day) ? nil : calendar.hours[day.isoWeekday]
            let start = day.jakartaMidnight + Double((span?.start ?? 0) * 60)
            let length = Double(((span?.end ?? 0) - (span?.start ?? 0)) * 60)
            table.days.append(day.daysSinceEpoch)
            table.starts.append(start)
            table.lengths.append(length)
            table.before.append(total)
            if needed == nil, day.jakartaMidnight + 86_400 > now {
                // Working time until now, then three times the longest target, then a day to spare.
                let soFar = total + max(0, min(now - start, length))
                needed = soFar + Double(3 * longestTargetMinutes * 60)
            }
            total += length
            if let needed, total > needed, length > 0 { break }
            day = day.adding(days: 1)
        }
        return table
    }

    /// Points drawn inside each kelurahan: enough that few reports share one.
    var pointsPerKelurahan: Int {
        min(max(reports / 267 / 2, 20), 400)
    }

    /// Citizens per channel: most write once a month, some several times; over a long history many
    /// come back (a year's reports come from about a third as many citizens again).
    func citizens(share: Double) -> Int {
        max(20, Int(Double(reports) * share / (1.6 * Double(months).squareRoot())))
    }

    /// When the staff's and the citizens' accounts were made: before the first report.
    var accountsSince: Double { firstDay.jakartaMidnight - 45 * 86_400 }
}
