import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ServiceLevelStore {
    /// What one round did.
    public struct RoundResult: Sendable, Equatable {
        public var checked = 0
        public var escalations = 0
        public var notifications = 0
    }

    /// One round of the SLA worker, in one transaction: takes up to `limit`
    /// reports whose check time has come (`SKIP LOCKED`, so hub processes
    /// share them), works out their deadlines and the escalations owed, and
    /// records those with their events and the officials' notifications.
    /// The report rows stay locked until commit and the levels sent are read
    /// after the locks are granted, so each level goes out once however many
    /// hubs run.
    public func runRound(
        policy: SLAPolicy, now: Date = Date(), limit: Int = 200, logger: Logger = .silent
    ) async throws -> RoundResult {
        try await client.transaction(logger: logger) { db in
            let due = try await claimDue(now: now, limit: limit, db, logger)
            var result = RoundResult(checked: due.count)
            var plan = Plan()
            for report in due {
                plan.add(report, policy: policy, now: now)
            }
            try await db.execute(
                """
                UPDATE reports r SET
                    response_due_at = CASE WHEN u.response < 0 THEN r.response_due_at ELSE to_timestamp(u.response) END,
                    completion_due_at = CASE WHEN u.completion < 0 THEN r.completion_due_at
                                             ELSE to_timestamp(u.completion) END,
                    sla_check_at = CASE WHEN u.next < 0 THEN NULL ELSE to_timestamp(u.next) END
                FROM unnest(\(plan.ids)::int8[], \(plan.responseDue)::float8[], \(plan.completionDue)::float8[],
                            \(plan.nextCheck)::float8[]) AS u(id, response, completion, next)
                -- The ids bound as well, as every join of a month-partitioned table to an input of ids
                -- (DESIGN.md, "Performance and scale"): each partition probed by its index, statistics or not.
                WHERE r.id = u.id AND r.id = ANY(\(plan.ids)::int8[])
                """, logger: logger)
            guard !plan.escalations.isEmpty else { return result }
            let counts = try await recordEscalations(plan.escalations, db, logger)
            result.escalations = counts.0
            result.notifications = counts.1
            return result
        }
    }

    struct DueReport {
        let id: Int
        let trackingNumber: String
        let open: Bool
        let cycle: Int
        let subject: SLASubject
        let owner: String?
        let handler: String?
        let target: ServiceTarget?
    }

    /// Locks the due reports first, then reads them with the levels already
    /// sent in a second statement: in READ COMMITTED that statement sees every
    /// commit made before the locks were granted, so a level another hub has
    /// just sent is never planned again.
    private func claimDue(now: Date, limit: Int, _ db: PostgresConnection, _ logger: Logger) async throws
        -> [DueReport]
    {
        var locked: [Int] = []
        for try await id in try await db.run(
            """
            SELECT id FROM reports WHERE sla_check_at <= \(now) ORDER BY sla_check_at LIMIT \(limit)
            FOR UPDATE SKIP LOCKED
            """, logger: logger
        ).decode(Int.self) { locked.append(id) }
        guard !locked.isEmpty else { return [] }
        let rows = try await db.run(
            """
            SELECT r.id, r.tracking_number, r.status NOT IN ('selesai', 'ditolak'), r.sla_cycle, r.sla_started_at,
                   r.responded_at IS NOT NULL, r.owner_unit, r.handler_unit,
                   c.response_minutes, c.completion_minutes, c.sla_clock,
                   coalesce(max(e.level) FILTER (WHERE e.deadline = 'response'), 0),
                   coalesce(max(e.level) FILTER (WHERE e.deadline = 'completion'), 0)
            FROM reports r
            JOIN categories c ON c.code = r.category_code
            LEFT JOIN report_escalations e ON e.report_id = r.id AND e.cycle = r.sla_cycle
            WHERE r.id = ANY(\(locked)::int8[])
            GROUP BY r.id, r.tracking_number, r.status, r.sla_cycle, r.sla_started_at, r.responded_at, r.owner_unit,
                     r.handler_unit, c.response_minutes, c.completion_minutes, c.sla_clock
            """, logger: logger)
        var reports: [DueReport] = []
        for try await row in rows.decode(
            (Int, String, Bool, Int, Date, Bool, String?, String?, Int, Int, String, Int, Int).self)
        {
            let target = SLAClock(rawValue: row.10).flatMap {
                ServiceTarget(responseMinutes: row.8, completionMinutes: row.9, clock: $0)
            }
            let subject = SLASubject(
                startedAt: row.4, responded: row.5, escalated: [.response: row.11, .completion: row.12])
            reports.append(
                DueReport(
                    id: row.0, trackingNumber: row.1, open: row.2, cycle: row.3, subject: subject, owner: row.6,
                    handler: row.7, target: target))
        }
        return reports
    }

    /// Each escalation's event, its record (the primary key is the "once per
    /// level" guarantee) and a notification to every active contact of its units.
    private func recordEscalations(_ escalations: Plan.Escalations, _ db: PostgresConnection, _ logger: Logger)
        async throws -> (Int, Int)
    {
        let responseTemplate = MessageTemplate.escalation(deadline: "response").name
        let completionTemplate = MessageTemplate.escalation(deadline: "completion").name
        let row = try await db.first(
            """
            WITH input AS (
                SELECT * FROM unnest(\(escalations.reportIDs)::int8[], \(escalations.numbers)::text[],
                                     \(escalations.cycles)::int8[], \(escalations.deadlines)::text[],
                                     \(escalations.levels)::int8[], \(escalations.dueAt)::float8[],
                                     \(escalations.units)::text[])
                    AS t(report_id, tracking_number, cycle, deadline, level, due, units)
            ), events AS (
                INSERT INTO report_events (report_id, kind, actor_kind, public, data)
                SELECT report_id, 'escalated', 'system', false,
                       jsonb_build_object('deadline', deadline, 'level', level, 'due_at', to_timestamp(due),
                                          'units', coalesce(string_to_array(NULLIF(units, ''), ','), '{}'))
                FROM input
                RETURNING id, report_id, data->>'deadline' AS deadline, (data->>'level')::int8 AS level
            ), recorded AS (
                INSERT INTO report_escalations (report_id, cycle, deadline, level, due_at, event_id)
                SELECT i.report_id, i.cycle, i.deadline, i.level, to_timestamp(i.due), e.id
                FROM input i JOIN events e USING (report_id, deadline, level)
                RETURNING 1
            ), notified AS (
                \(unescaped: OutboxEnqueue.insert)
                SELECT i.report_id, e.id, uc.channel, uc.address, NULL::int8, uc.id, NULL::text, 'notification',
                       jsonb_build_object('template', CASE i.deadline WHEN 'completion' THEN \(completionTemplate)
                                                      ELSE \(responseTemplate) END,
                                          'tracking_number', i.tracking_number,
                                          'level', i.level::text),
                       aspirasi_delivery_key('event', e.id::text, 'contact', uc.id::text), NULL::text
                FROM input i JOIN events e USING (report_id, deadline, level)
                JOIN unit_contacts uc ON uc.active AND uc.unit_code = ANY(string_to_array(NULLIF(i.units, ''), ','))
                \(unescaped: OutboxEnqueue.onConflict)
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM recorded), (SELECT count(*) FROM notified)
            """, as: (Int, Int).self, logger: logger)
        return row ?? (0, 0)
    }
}

/// The round's writes as parallel arrays, for `unnest`. Dates travel as
/// seconds since 1970 with -1 for "none" (PostgresNIO arrays carry no NULLs).
struct Plan {
    struct Escalations {
        var reportIDs: [Int] = []
        var numbers: [String] = []
        var cycles: [Int] = []
        var deadlines: [String] = []
        var levels: [Int] = []
        var dueAt: [Double] = []
        var units: [String] = []

        var isEmpty: Bool { reportIDs.isEmpty }
    }

    var ids: [Int] = []
    var responseDue: [Double] = []
    var completionDue: [Double] = []
    var nextCheck: [Double] = []
    var escalations = Escalations()

    mutating func add(_ report: ServiceLevelStore.DueReport, policy: SLAPolicy, now: Date) {
        ids.append(report.id)
        guard report.open, let target = report.target else {
            // Closed (or a category without valid targets): nothing more to watch.
            responseDue.append(-1)
            completionDue.append(-1)
            nextCheck.append(-1)
            return
        }
        let assessment = policy.assess(report.subject, target: target, now: now)
        responseDue.append(assessment.responseDue.timeIntervalSince1970)
        completionDue.append(assessment.completionDue.timeIntervalSince1970)
        nextCheck.append(assessment.nextCheck?.timeIntervalSince1970 ?? -1)
        for escalation in assessment.escalations {
            let owner = report.owner ?? ""
            let units =
                owner.isEmpty
                ? [] : SLAPolicy.recipients(level: escalation.level, owner: owner, handler: report.handler)
            escalations.reportIDs.append(report.id)
            escalations.numbers.append(report.trackingNumber)
            escalations.cycles.append(report.cycle)
            escalations.deadlines.append(escalation.deadline.rawValue)
            escalations.levels.append(escalation.level)
            escalations.dueAt.append(escalation.dueAt.timeIntervalSince1970)
            escalations.units.append(units.joined(separator: ","))
        }
    }
}
