import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Foundation
import Hummingbird

/// `GET /console/reports`: the queue, its status tabs, filters, search and pages.
struct ConsoleQueueRoutes: Sendable {
    static let perPage = 25

    let services: ConsoleServices

    /// `GET /console/reports`: the queue page.
    @Sendable func queue(_ request: Request, context: ConsoleRequestContext) async throws -> Response {
        let officer = try context.session().officer
        let choices = try await services.choices()
        let query = Self.query(request.uri.queryParameters)
        var filter = QueueFilter()
        filter.statuses = query.status.map { [$0] } ?? []
        filter.category = query.category
        filter.kelurahan = query.kelurahan
        filter.channel = query.channel
        filter.search = query.search
        filter.overdue = query.overdue ? true : nil
        filter.page = query.page
        filter.perPage = Self.perPage
        // An open incident's reports are one line (its page lists them), unless the officer searches.
        filter.outsideOpenIncidents = query.search == nil
        // The tabs count under every filter but status and overdue, so they hold the list's total too,
        // except for one status's overdue reports, which the page counts itself.
        filter.includeTotal = query.status != nil && query.overdue
        var countFilter = filter
        countFilter.statuses = []
        countFilter.overdue = nil
        async let counted = services.workflow.statusCounts(for: officer, countFilter, logger: context.logger)
        let page = try await services.workflow.queue(for: officer, filter, logger: context.logger)
        let counts = try await counted
        let incidents =
            query.page == 1 && query.search == nil ? try await incidentLines(officer, query, choices, context) : []
        let total: StatusCounts.Tally
        if filter.includeTotal {
            total = .init(count: page.total, exact: page.totalExact)
        } else if query.overdue {
            total = counts.overdue
        } else {
            total = query.status.map(counts.tally) ?? counts.all
        }
        let rows = page.reports.map { item in
            QueueRow(
                trackingNumber: item.trackingNumber, status: item.status, overdue: item.overdue,
                category: choices.categoryName(item.category),
                kelurahan: item.kelurahan.flatMap(choices.unitName), channel: item.channel,
                createdAt: item.createdAt, summary: item.summary)
        }
        var screen = QueueScreen(
            query: query, rows: rows, total: Self.shown(total), perPage: Self.perPage,
            counts: Dictionary(uniqueKeysWithValues: ReportStatus.allCases.map { ($0, Self.shown(counts.tally($0))) }),
            overdueCount: Self.shown(counts.overdue), categories: choices.categories,
            kelurahans: choices.kelurahans(under: Self.areaPrefix(officer, choices.catalog)))
        screen.incidents = incidents
        let viewer = try await services.viewer(context)
        return ConsolePage.render(request, cookies: services.cookies) { screen.render(viewer: viewer, flash: $0) }
    }

    /// The officer's open incidents as queue lines, narrowed to the category asked for.
    func incidentLines(
        _ officer: Officer, _ query: QueueQuery, _ choices: ConsoleChoices, _ context: ConsoleRequestContext
    ) async throws -> [IncidentLine] {
        try await services.workflow.incidents(for: officer, logger: context.logger).incidents
            .filter { query.category == nil || query.category == $0.category }
            .map { ConsoleIncidentRoutes.line($0, choices) }
    }

    static func shown(_ tally: StatusCounts.Tally) -> ShownCount { ShownCount(tally.count, exact: tally.exact) }

    /// The queue's query string; values it does not know are left out rather than refused.
    static func query(_ parameters: Hummingbird.Parameters) -> QueueQuery {
        func value(_ name: String) -> String? {
            guard let text = parameters[name[...]].map(String.init)?.trimmingCharacters(in: .whitespaces),
                !text.isEmpty, text.count <= 200
            else { return nil }
            return text
        }
        var query = QueueQuery()
        query.status = value("status").flatMap(ReportStatus.init)
        query.category = value("category")
        query.kelurahan = value("kelurahan")
        query.channel = value("channel").flatMap(Channel.init)?.rawValue
        query.overdue = value("overdue") == "true"
        // The search form's GET writes a space as a plus; shown back in the box as the officer typed it.
        query.search = value("q").map { $0.replacingOccurrences(of: "+", with: " ") }
        query.page = value("page").flatMap(Int.init).map { min(max($0, 1), 10_000) } ?? 1
        return query
    }

    /// The region an officer's pickers and map cover: their own for a region, their kota or the
    /// province for an agency (a Suku Dinas serves one kota).
    static func areaPrefix(_ officer: Officer, _ catalog: IntakeCatalog) -> String {
        guard let unit = catalog.units[officer.unitCode] else { return officer.unitCode }
        let area = unit.kind.isRegion ? unit.code : unit.areaCode
        return catalog.units[area]?.kind == .provinsi ? "" : area
    }
}
