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
        // Clamped as the API checks them, so that no caller can overflow the offset's arithmetic.
        let page = min(max(filter.page, 1), QueueFilter.maximumPage)
        let query = QueueConditions(everything: everything, units: units, filter: filter)
        let counting = query.statement(cappedCount(query.whereClause))
        let includeTotal = filter.includeTotal
        async let counted: Int? = includeTotal ? try await client.first(counting, as: Int.self, logger: logger) : 0
        let offset = (page - 1) * perPage
        var items: [QueueItem] = []
        // Words common enough to fill the page among the first reports in queue order are found there
        // (a few thousand rows read in order); rarer ones through the trigram index, which then has few
        // candidates to check. Either way the page is the same.
        if let words = query.wordsClause {
            let window =
                "(SELECT id, created_at, description FROM reports WHERE \(query.whereClauseWithoutWords) ORDER BY created_at, id "
                + "LIMIT \(Self.searchWindow)) w WHERE \(words)"
            items = try await listing(query, from: window, perPage: perPage, offset: offset, logger: logger)
        }
        if items.count < perPage {
            items = try await listing(
                query, from: "reports WHERE \(query.whereClause)", perPage: perPage, offset: offset, logger: logger)
        }
        let total = try await counted ?? 0
        return QueuePage(
            total: min(total, countCap), totalExact: total <= countCap, page: page, perPage: perPage, reports: items)
    }

    /// How many reports in queue order a search reads before it asks the trigram index instead.
    static let searchWindow = 20_000

    /// One page of the reports `source` (a FROM item with its WHERE) selects, in queue order: their ids
    /// first, through an index in that order, then only those rows.
    private func listing(
        _ conditions: QueueConditions, from source: String, perPage: Int, offset: Int, logger: Logger
    ) async throws -> [QueueItem] {
        var query = conditions
        let (limit, skip) = (query.bind(perPage), query.bind(offset))
        let listing = query.statement(
            """
            SELECT r.tracking_number, r.status, r.category_code, r.kelurahan_code, r.owner_unit, r.handler_unit,
                   r.needs_triage, r.channel, r.created_at, r.status_changed_at, left(r.description, 140),
                   \(ServiceLevelSQL.overdue)
            FROM (SELECT id, created_at FROM \(source) ORDER BY created_at, id LIMIT \(limit) OFFSET \(skip)) p
            JOIN reports r ON r.id = p.id
            ORDER BY p.created_at, p.id
            """)
        var items: [QueueItem] = []
        for try await row in try await client.query(listing, logger: logger).decode(
            (String, String, String, String?, String?, String?, Bool, String, Date, Date, String, Bool).self)
        {
            guard let status = ReportStatus(rawValue: row.1) else { continue }
            items.append(
                QueueItem(
                    trackingNumber: row.0, status: status, colour: status.colour, category: row.2, kelurahan: row.3,
                    ownerUnit: row.4, handlerUnit: row.5, needsTriage: row.6, channel: row.7, createdAt: row.8,
                    statusChangedAt: row.9, summary: row.10, overdue: row.11))
        }
        return items
    }

    /// How many rows match `condition`, counting no further than one past the cap.
    func cappedCount(_ condition: String) -> String {
        "SELECT count(*) FROM (SELECT 1 FROM reports WHERE \(condition) LIMIT \(countCap + 1)) c"
    }
}
