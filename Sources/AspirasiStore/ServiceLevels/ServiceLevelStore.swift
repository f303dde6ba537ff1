import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// A category's service levels as the API shows them.
public struct CategoryServiceLevel: Sendable, Codable, Equatable {
    public let code: String
    public let name: String
    public let responseMinutes: Int
    public let completionMinutes: Int
    public let clock: SLAClock
}

/// A public holiday (libur nasional or cuti bersama): the working clock stops.
public struct PublicHoliday: Sendable, Codable, Equatable {
    public let day: String
    public let name: String

    public init(day: String, name: String) {
        self.day = day
        self.name = name
    }
}

/// Service-level settings (targets per category, public holidays) and the
/// SLA worker's rounds. A change to either makes the worker look again at
/// every open report it affects, so deadlines follow the settings.
public struct ServiceLevelStore: Sendable {
    let client: PostgresClient

    public init(_ client: PostgresClient) {
        self.client = client
    }

    public func categories(logger: Logger = .silent) async throws -> [CategoryServiceLevel] {
        let rows = try await client.query(
            """
            SELECT code, name, response_minutes, completion_minutes, sla_clock FROM categories
            WHERE active ORDER BY position, code
            """, logger: logger)
        var levels: [CategoryServiceLevel] = []
        for try await (code, name, response, completion, clock) in rows.decode((String, String, Int, Int, String).self)
        {
            levels.append(
                CategoryServiceLevel(
                    code: code, name: name, responseMinutes: response, completionMinutes: completion,
                    clock: SLAClock(rawValue: clock) ?? .working))
        }
        return levels
    }

    /// Sets a category's targets; open reports of it get new deadlines in the worker's next round.
    public func setTarget(_ target: ServiceTarget, category: String, logger: Logger = .silent) async throws
        -> CategoryServiceLevel
    {
        let row = try await client.transaction(logger: logger) { db in
            let updated = try await db.first(
                """
                UPDATE categories SET response_minutes = \(target.responseMinutes),
                       completion_minutes = \(target.completionMinutes), sla_clock = \(target.clock.rawValue),
                       sla_customised = true
                WHERE code = \(category) RETURNING name
                """, as: String.self, logger: logger)
            if updated != nil {
                try await db.execute(
                    """
                    UPDATE reports SET sla_check_at = now()
                    WHERE category_code = \(category) AND status NOT IN ('selesai', 'ditolak')
                    """, logger: logger)
            }
            return updated
        }
        guard let name = row else { throw WorkflowError.notFound("no category \(category)") }
        return CategoryServiceLevel(
            code: category, name: name, responseMinutes: target.responseMinutes,
            completionMinutes: target.completionMinutes, clock: target.clock)
    }

    public func holidays(logger: Logger = .silent) async throws -> [PublicHoliday] {
        let rows = try await client.query(
            "SELECT to_char(day, 'YYYY-MM-DD'), name FROM public_holidays ORDER BY day", logger: logger)
        var holidays: [PublicHoliday] = []
        for try await (day, name) in rows.decode((String, String).self) {
            holidays.append(PublicHoliday(day: day, name: name))
        }
        return holidays
    }

    /// The working calendar with today's holiday list.
    public func calendar(hours: WorkingCalendar, logger: Logger = .silent) async throws -> WorkingCalendar {
        let days = try await holidays(logger: logger).compactMap { CivilDay($0.day) }
        return hours.with(holidays: Set(days))
    }

    /// Adds or renames a holiday. Returns true when the day was new.
    @discardableResult
    public func setHoliday(_ day: CivilDay, name: String, logger: Logger = .silent) async throws -> Bool {
        try await client.transaction(logger: logger) { db in
            let inserted = try await db.first(
                """
                INSERT INTO public_holidays (day, name) VALUES (\(day.description)::date, \(name))
                ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name
                RETURNING xmax = 0
                """, as: Bool.self, logger: logger)
            try await Self.recheckOpenReports(db, logger)
            return inserted ?? false
        }
    }

    /// Removes a holiday; false when there was none that day.
    public func removeHoliday(_ day: CivilDay, logger: Logger = .silent) async throws -> Bool {
        try await client.transaction(logger: logger) { db in
            let removed = try await db.first(
                "DELETE FROM public_holidays WHERE day = \(day.description)::date RETURNING 1", as: Int.self,
                logger: logger)
            if removed != nil { try await Self.recheckOpenReports(db, logger) }
            return removed != nil
        }
    }

    /// Every open report's deadlines may move when the calendar does.
    private static func recheckOpenReports(_ db: PostgresConnection, _ logger: Logger) async throws {
        try await db.execute(
            "UPDATE reports SET sla_check_at = now() WHERE status NOT IN ('selesai', 'ditolak')", logger: logger)
    }
}
