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
        let page = max(filter.page, 1)
        let offset = (page - 1) * perPage
        let rows = try await client.query(
            """
            SELECT tracking_number, status, category_code, kelurahan_code, owner_unit, handler_unit, needs_triage,
                   created_at, status_changed_at, left(description, 140), count(*) OVER ()
            FROM reports
            WHERE (\(everything) OR owner_unit = ANY(\(units)::text[]) OR handler_unit = ANY(\(units)::text[]))
              AND (cardinality(\(statuses)::text[]) = 0 OR status = ANY(\(statuses)::text[]))
              AND (\(filter.category)::text IS NULL OR category_code = \(filter.category)::text)
              AND (\(filter.kelurahan)::text IS NULL OR kelurahan_code = \(filter.kelurahan)::text)
              AND (\(filter.olderThanHours)::int IS NULL
                   OR created_at <= now() - make_interval(hours => \(filter.olderThanHours)::int))
            ORDER BY created_at, id
            LIMIT \(perPage) OFFSET \(offset)
            """, logger: logger)
        var items: [QueueItem] = []
        var total = 0
        for try await row in rows.decode(
            (String, String, String, String?, String?, String?, Bool, Date, Date, String, Int).self)
        {
            guard let status = ReportStatus(rawValue: row.1) else { continue }
            total = row.10
            items.append(
                QueueItem(
                    trackingNumber: row.0, status: status, colour: status.colour, category: row.2, kelurahan: row.3,
                    ownerUnit: row.4, handlerUnit: row.5, needsTriage: row.6, createdAt: row.7,
                    statusChangedAt: row.8, summary: row.9))
        }
        if items.isEmpty && page > 1 {
            total = try await client.count(
                """
                SELECT count(*) FROM reports
                WHERE (\(everything) OR owner_unit = ANY(\(units)::text[]) OR handler_unit = ANY(\(units)::text[]))
                """, logger: logger)
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

extension PostgresClient {
    func count(_ query: PostgresQuery, logger: Logger) async throws -> Int {
        for try await value in try await self.query(query, logger: logger).decode(Int.self) { return value }
        return 0
    }
}
