import Foundation

/// What the SLA worker knows about one open report in its current cycle (a
/// reopen starts a new cycle: fresh deadlines, fresh escalations).
public struct SLASubject: Sendable {
    public let startedAt: Date
    public let responded: Bool
    /// The highest escalation level already sent per deadline in this cycle; 0 for none.
    public let escalated: [SLADeadline: Int]

    public init(startedAt: Date, responded: Bool, escalated: [SLADeadline: Int]) {
        self.startedAt = startedAt
        self.responded = responded
        self.escalated = escalated
    }
}

/// One escalation owed now.
public struct Escalation: Sendable, Equatable {
    public let deadline: SLADeadline
    public let level: Int
    public let dueAt: Date
}

/// The worker's verdict on one report: its deadlines, the escalations owed
/// now, and when to look at it again (nil: never, unless something changes).
public struct SLAAssessment: Sendable, Equatable {
    public let responseDue: Date
    public let completionDue: Date
    public let escalations: [Escalation]
    public let nextCheck: Date?
}

/// Deadlines and escalation. A late report climbs the region hierarchy, one
/// level at a time and once per level: level 1 at the deadline goes to the
/// accountable unit (the lurah, and the agency handling it, if any); each
/// further target period without progress goes one level up (level 2 the
/// camat, level 3 the walikota).
public struct SLAPolicy: Sendable {
    public static let maximumLevel = 3

    public let calendar: WorkingCalendar

    public init(calendar: WorkingCalendar) {
        self.calendar = calendar
    }

    public func adding(minutes: Int, on clock: SLAClock, to start: Date) -> Date {
        switch clock {
        case .working: calendar.adding(workingMinutes: minutes, to: start)
        case .continuous: start.addingTimeInterval(Double(minutes) * 60)
        }
    }

    /// When `level` of `deadline` falls due.
    public func threshold(level: Int, of deadline: SLADeadline, target: ServiceTarget, startedAt: Date) -> Date {
        let minutes = target.minutes(deadline)
        return adding(minutes: minutes * level, on: target.clock, to: startedAt)
    }

    public func assess(_ subject: SLASubject, target: ServiceTarget, now: Date) -> SLAAssessment {
        var escalations: [Escalation] = []
        var nextCheck: Date?
        let watched: [SLADeadline] = subject.responded ? [.completion] : [.response, .completion]
        for deadline in watched {
            let done = subject.escalated[deadline] ?? 0
            guard done < Self.maximumLevel else { continue }
            for level in (done + 1)...Self.maximumLevel {
                let due = threshold(level: level, of: deadline, target: target, startedAt: subject.startedAt)
                if due <= now {
                    escalations.append(Escalation(deadline: deadline, level: level, dueAt: due))
                } else {
                    nextCheck = min(nextCheck ?? due, due)
                    break
                }
            }
        }
        return SLAAssessment(
            responseDue: threshold(level: 1, of: .response, target: target, startedAt: subject.startedAt),
            completionDue: threshold(level: 1, of: .completion, target: target, startedAt: subject.startedAt),
            escalations: escalations, nextCheck: nextCheck)
    }

    /// The units told at `level`: the accountable unit and the handling agency,
    /// then the region above, then the one above that. Empty when the
    /// hierarchy ends (a province-owned triage report has nobody above).
    public static func recipients(level: Int, owner: String, handler: String?) -> [String] {
        switch level {
        case 1: return [owner] + (handler.map { $0 == owner ? [] : [$0] } ?? [])
        default:
            var code = RegionCode(owner)
            for _ in 1..<level { code = code?.parent }
            return code.map { [$0.rawValue] } ?? []
        }
    }
}
