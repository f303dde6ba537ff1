import AspirasiCore
import Foundation
import Logging
import PostgresNIO

extension ReportWorkflow {
    /// The officer's queue: reports their units own or handle, oldest first. The page and the total are two
    /// statements run at once; the page picks the ids through an index in queue order and only then reads
    /// their rows, and the total stops counting past `countCap`.
    public func queue(for officer: Officer, _ filter: QueueFilter, logger: Logger = .silent) async throws -> QueuePage {
        let (everything, units) = try await scope(of: officer)
        let perPage = min(max(filter.perPage, 1), 200)
        let page = max(filter.page, 1)
        var query = QueueQuery(everything: everything, units: units, filter: filter)
        let counting = query.statement(cappedCount(query.whereClause))
        let (limit, offset) = (query.bind(perPage), query.bind((page - 1) * perPage))
        let listing = query.statement(
            """
            SELECT r.tracking_number, r.status, r.category_code, r.kelurahan_code, r.owner_unit, r.handler_unit,
                   r.needs_triage, r.created_at, r.status_changed_at, left(r.description, 140),
                   \(ServiceLevelSQL.overdue)
            FROM (SELECT id, created_at FROM reports WHERE \(query.whereClause)
                  ORDER BY created_at, id LIMIT \(limit) OFFSET \(offset)) p
            JOIN reports r ON r.id = p.id
            ORDER BY p.created_at, p.id
            """)
        async let counted = client.first(counting, as: Int.self, logger: logger)
        var items: [QueueItem] = []
        for try await row in try await client.query(listing, logger: logger).decode(
            (String, String, String, String?, String?, String?, Bool, Date, Date, String, Bool).self)
        {
            guard let status = ReportStatus(rawValue: row.1) else { continue }
            items.append(
                QueueItem(
                    trackingNumber: row.0, status: status, colour: status.colour, category: row.2, kelurahan: row.3,
                    ownerUnit: row.4, handlerUnit: row.5, needsTriage: row.6, createdAt: row.7, statusChangedAt: row.8,
                    summary: row.9, overdue: row.10))
        }
        let total = try await counted ?? 0
        return QueuePage(
            total: min(total, countCap), totalExact: total <= countCap, page: page,
            perPage: perPage, reports: items)
    }

    /// How many rows match `condition`, counting no further than one past the cap.
    func cappedCount(_ condition: String) -> String {
        "SELECT count(*) FROM (SELECT 1 FROM reports WHERE \(condition) LIMIT \(countCap + 1)) c"
    }
}
