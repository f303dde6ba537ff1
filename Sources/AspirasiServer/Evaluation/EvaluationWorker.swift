import AspirasiCore
import AspirasiStore
import Foundation
import Logging
import ServiceLifecycle

/// Keeps the evaluation ready: every `interval` it recomputes the current month's figures unless
/// another hub just did (so that a reader reads a stored row instead of scanning the month) and
/// freezes the month before once it is over; from the first working day of a month on, it sends the
/// month before's digest to the regions' officials. Any number of hubs may run one: a month is frozen by whichever gets there
/// first, once, and each unit's digest is claimed with its messages, once.
public struct EvaluationWorker: Service {
    let store: EvaluationStore
    let digests: EvaluationDigestStore
    let serviceLevels: ServiceLevelStore
    let workingHours: WorkingCalendar
    let interval: Duration
    let logger: Logger

    public init(
        store: EvaluationStore, digests: EvaluationDigestStore, serviceLevels: ServiceLevelStore,
        workingHours: WorkingCalendar, interval: Duration = .seconds(60), logger: Logger
    ) {
        self.store = store
        self.digests = digests
        self.serviceLevels = serviceLevels
        self.workingHours = workingHours
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await PeriodicRounds.run(every: interval, "evaluation", logger: logger) {
            try await runOnce()
        }
    }

    /// One round: the month before frozen (a no-op once it is) and, from the first working day on, its
    /// digest sent to the units not sent it yet; the current month refreshed. Returns the digest
    /// messages queued.
    @discardableResult
    public func runOnce(now: Date = Date()) async throws -> Int {
        let current = EvaluationMonth(containing: now.timeIntervalSince1970)
        var queued = 0
        if let closed = try await store.facts(for: current.previous, now: now, maxAge: .infinity, logger: logger) {
            let calendar = try await serviceLevels.calendar(hours: workingHours, logger: logger)
            let today = CivilDay(jakartaTime: now.timeIntervalSince1970)
            if today >= Self.firstWorkingDay(of: current, calendar) {
                queued = try await digests.send(closed, logger: logger)
                if queued > 0 { logger.notice("monthly digest queued", metadata: ["messages": "\(queued)"]) }
            }
        }
        // Whichever hub's round comes first refreshes the month; the others find it fresh and skip,
        // so the month is scanned about once per interval however many hubs run (the million-message
        // soak's three hubs each scanned it every minute, a growing share of the machine).
        _ = try await store.facts(for: current, now: now, maxAge: 0.9 * interval.inSeconds, logger: logger)
        return queued
    }

    /// The month's first day with working hours that is not a public holiday (its first day if none is).
    public static func firstWorkingDay(of month: EvaluationMonth, _ calendar: WorkingCalendar) -> CivilDay {
        var day = month.firstDay
        for _ in 0..<31 {
            if calendar.hours[day.isoWeekday] != nil, !calendar.holidays.contains(day) { return day }
            day = day.adding(days: 1)
        }
        return month.firstDay
    }
}
