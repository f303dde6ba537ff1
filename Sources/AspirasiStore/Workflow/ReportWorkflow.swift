import AspirasiCore
import Foundation
import Logging
import PostgresNIO

/// The officers' side of a report: their queue, a report's history, and the
/// actions that move it. Every call is scoped to the units the officer's
/// unit covers (`AccessScope`); a report outside it does not exist for them.
public struct ReportWorkflow: Sendable {
    let client: PostgresClient
    let catalog: @Sendable () async throws -> IntakeCatalog

    public init(client: PostgresClient, catalog: @escaping @Sendable () async throws -> IntakeCatalog) {
        self.client = client
        self.catalog = catalog
    }

    func scope(of officer: Officer) async throws -> (everything: Bool, units: [String]) {
        let scope = AccessScope(unit: officer.unitCode, in: try await catalog())
        return (scope.units == nil, scope.units.map { Array($0).sorted() } ?? [])
    }

    /// The officer's queue: reports their units own or handle, oldest first.
    public func queue(for officer: Officer, _ filter: QueueFilter, logger: Logger = .silent) async throws -> QueuePage {
        let (everything, units) = try await scope(of: officer)
        let statuses = filter.statuses.map(\.rawValue)
        let perPage = min(max(filter.perPage, 1), 200)
        // Clamped as the API checks them, so that no caller can overflow the arithmetic or the SQL.
        let page = min(max(filter.page, 1), QueueFilter.maximumPage)
        let olderThanHours = filter.olderThanHours.map { min(max($0, 0), QueueFilter.maximumOlderThanHours) }
        let offset = (page - 1) * perPage
        let search = QuerySearch(filter.search)
        // The total comes from the same filtered set, also for a page past the end (one row of nulls then).
        // NOT MATERIALIZED: the count and the page each plan the filter on their own, so the page reads
        // the created_at index for its few rows instead of every matching report being copied first.
        let rows = try await client.query(
            """
            WITH matching AS NOT MATERIALIZED (
                SELECT id, tracking_number, status, category_code, kelurahan_code, owner_unit, handler_unit,
                       needs_triage, channel, created_at, status_changed_at, left(description, 140) AS summary,
                       \(unescaped: ServiceLevelSQL.overdue) AS overdue
                FROM reports
                WHERE (\(everything) OR owner_unit = ANY(\(units)::text[]) OR handler_unit = ANY(\(units)::text[]))
                  AND (cardinality(\(statuses)::text[]) = 0 OR status = ANY(\(statuses)::text[]))
                  AND (\(filter.category)::text IS NULL OR category_code = \(filter.category)::text)
                  AND (\(filter.kelurahan)::text IS NULL OR kelurahan_code = \(filter.kelurahan)::text)
                  AND (\(filter.channel)::text IS NULL OR channel = \(filter.channel)::text)
                  AND (\(search.number)::text IS NULL OR tracking_number = \(search.number)::text)
                  AND description ILIKE ALL (\(search.patterns)::text[])
                  AND (\(olderThanHours)::int IS NULL
                       OR created_at <= now() - make_interval(hours => \(olderThanHours)::int))
                  AND (\(filter.overdue)::bool IS NULL OR \(unescaped: ServiceLevelSQL.overdue) = \(filter.overdue)::bool)
            )
            SELECT CASE WHEN \(filter.includeTotal) THEN (SELECT count(*) FROM matching) ELSE 0 END, m.tracking_number, m.status, m.category_code, m.kelurahan_code, m.owner_unit,
                   m.handler_unit, m.needs_triage, m.channel, m.created_at, m.status_changed_at, m.summary, m.overdue
            FROM (SELECT 1) page
            LEFT JOIN LATERAL (SELECT * FROM matching ORDER BY created_at, id LIMIT \(perPage) OFFSET \(offset)) m
                ON true
            ORDER BY m.created_at, m.id
            """, logger: logger)
        var items: [QueueItem] = []
        var total = 0
        for try await row in rows.decode(
            (Int, String?, String?, String?, String?, String?, String?, Bool?, String?, Date?, Date?, String?, Bool?)
                .self)
        {
            total = row.0
            guard let number = row.1, let status = row.2.flatMap(ReportStatus.init), let category = row.3,
                let createdAt = row.9, let changedAt = row.10
            else { continue }
            items.append(
                QueueItem(
                    trackingNumber: number, status: status, colour: status.colour, category: category,
                    kelurahan: row.4, ownerUnit: row.5, handlerUnit: row.6, needsTriage: row.7 ?? false,
                    channel: row.8 ?? "", createdAt: createdAt, statusChangedAt: changedAt, summary: row.11 ?? "",
                    overdue: row.12 ?? false))
        }
        return QueuePage(total: total, page: page, perPage: perPage, reports: items)
    }

    /// The actions this officer may take on a report in its present state.
    func allowedActions(
        for officer: Officer, status: ReportStatus, owner: String?, handler: String?, scope: AccessScope
    )
        -> [OfficerAction]
    {
        OfficerAction.onReports.filter { action in
            officer.role.may(action) && action.allowedFrom.contains(status)
                && (action.actsAsHandler ? scope.covers(handler) : (action.isRouting ? scope.covers(owner) : true))
        }
    }
}

extension OfficerAction {
    /// Routing belongs to the accountable unit (the owner) and the units above it.
    var isRouting: Bool {
        switch self {
        case .coordinate, .dispose, .reject, .reassign, .reopen: true
        default: false
        }
    }
}
