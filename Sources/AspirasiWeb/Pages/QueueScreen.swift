import AspirasiCore
import Foundation

/// What the queue is narrowed to, as the page's GET form and links carry it.
public struct QueueQuery: Sendable, Equatable {
    public var status: ReportStatus?
    public var category: String?
    public var kelurahan: String?
    public var channel: String?
    public var overdue = false
    public var search: String?
    public var page = 1

    public init() {}

    /// This query as a link, with `page` and the status tab changed.
    public func link(page: Int? = nil, status: ReportStatus?? = nil, overdue: Bool? = nil) -> String {
        let status = status ?? self.status
        let overdue = overdue ?? self.overdue
        let page = page ?? 1
        return Link.to(
            "/console/reports",
            [
                ("status", status?.rawValue), ("category", category), ("kelurahan", kelurahan), ("channel", channel),
                ("overdue", overdue ? "true" : nil), ("q", search), ("page", page > 1 ? String(page) : nil),
            ])
    }
}

/// One line of the queue.
public struct QueueRow: Sendable {
    public let trackingNumber: String
    public let status: ReportStatus
    public let overdue: Bool
    public let category: String
    public let kelurahan: String?
    public let channel: String
    public let createdAt: Date
    public let summary: String

    public init(
        trackingNumber: String, status: ReportStatus, overdue: Bool, category: String, kelurahan: String?,
        channel: String, createdAt: Date, summary: String
    ) {
        self.trackingNumber = trackingNumber
        self.status = status
        self.overdue = overdue
        self.category = category
        self.kelurahan = kelurahan
        self.channel = channel
        self.createdAt = createdAt
        self.summary = summary
    }
}

/// `GET /console/reports`: the officer's queue, oldest first.
public struct QueueScreen: Sendable {
    public var query: QueueQuery
    public var rows: [QueueRow]
    /// How many reports the list holds; a lower bound on a large queue, which has no last page then.
    public var total: ShownCount
    public var perPage: Int
    /// Open and closed reports per status in the officer's scope, under the other filters.
    public var counts: [ReportStatus: ShownCount]
    public var overdueCount: ShownCount
    public var categories: [Choice]
    public var kelurahans: [Choice]
    /// Open incidents, each one line above the reports (which the queue then leaves out).
    public var incidents: [IncidentLine] = []
    public var now = Date()

    public init(
        query: QueueQuery, rows: [QueueRow], total: ShownCount, perPage: Int, counts: [ReportStatus: ShownCount],
        overdueCount: ShownCount, categories: [Choice], kelurahans: [Choice]
    ) {
        self.query = query
        self.rows = rows
        self.total = total
        self.perPage = perPage
        self.counts = counts
        self.overdueCount = overdueCount
        self.categories = categories
        self.kelurahans = kelurahans
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        Layout.page(
            title: "Daftar Laporan", viewer: viewer, section: .reports, flash: flash,
            """
            <h1>Daftar Laporan</h1>
            \(tabs)
            \(filters)
            <p class="muted">\(total.text) laporan, terlama di atas.</p>
            \(table)
            \(pager)
            """)
    }

    var tabs: HTML {
        func tab(_ label: String, _ count: ShownCount, _ link: String, current: Bool, icon: HTML = .empty) -> HTML {
            let mark: HTML = current ? " aria-current=\"true\"" : ""
            return "<li><a href=\"\(link)\"\(mark)>\(icon) \(label)<span class=\"count\">\(count.text)</span></a></li>"
        }
        let all = ShownCount(
            counts.values.reduce(0) { $0 + $1.value }, exact: counts.values.allSatisfy(\.exact))
        var items = [
            tab(
                "Semua", all, query.link(status: .some(nil), overdue: false),
                current: query.status == nil && !query.overdue)
        ]
        for status in ReportStatus.allCases {
            items.append(
                tab(
                    StatusBadge.label(status), counts[status] ?? ShownCount(0),
                    query.link(status: status, overdue: false),
                    current: query.status == status && !query.overdue, icon: StatusBadge.icon(status)))
        }
        items.append(
            tab(
                "Terlambat", overdueCount, query.link(status: .some(nil), overdue: true), current: query.overdue,
                icon: Icon.clock))
        return "<nav aria-label=\"Status\"><ul class=\"tabs\">\(items)</ul></nav>"
    }

    var filters: HTML {
        let statusChoices =
            [Choice("", "semua")] + ReportStatus.allCases.map { Choice($0.rawValue, StatusBadge.label($0)) }
        let overdue: HTML = query.overdue ? " checked" : ""
        return """
            <form class="filters" method="get" action="/console/reports" role="search">
            <div><label for="q">Cari nomor atau isi</label>
            <input type="search" id="q" name="q" value="\(query.search ?? "")" placeholder="2611-0004273 atau jalan rusak"></div>
            <div><label for="f-status">Status</label><select id="f-status" name="status">\
            \(Form.options(statusChoices, selected: query.status?.rawValue ?? ""))</select></div>
            <div><label for="f-category">Kategori</label><select id="f-category" name="category">\
            <option value="">semua</option>\(Form.options(categories, selected: query.category))</select></div>
            <div><label for="f-kelurahan">Kelurahan</label><select id="f-kelurahan" name="kelurahan">\
            <option value="">semua</option>\(Form.options(kelurahans, selected: query.kelurahan))</select></div>
            <div><label for="f-channel">Kanal</label><select id="f-channel" name="channel">\
            <option value="">semua</option>\(Form.options(ChannelName.all, selected: query.channel))</select></div>
            <div><label><input type="checkbox" name="overdue" value="true"\(overdue)> Hanya yang terlambat</label></div>
            <div><button type="submit">Tampilkan</button></div>
            </form>
            """
    }

    var table: HTML {
        guard !rows.isEmpty || !incidents.isEmpty else { return "<p class=\"card\">Tidak ada laporan yang cocok.</p>" }
        let incidentLines = incidents.map { $0.row(now: now) }
        let lines = rows.map { row -> HTML in
            let late: HTML = row.overdue ? StatusBadge.overdue : .empty
            return """
                <tr class="row tone-\(StatusBadge.tone(row.status))">
                <td><a class="number" href="\(Link.report(row.trackingNumber))">\(row.trackingNumber)</a>
                <div class="summary">\(row.summary)</div></td>
                <td data-label="Status">\(StatusBadge.badge(row.status)) \(late)</td>
                <td data-label="Kategori">\(row.category)</td>
                <td data-label="Kelurahan">\(row.kelurahan ?? "belum diketahui")</td>
                <td data-label="Kanal">\(ChannelName.of(row.channel))</td>
                <td data-label="Masuk"><time datetime="\(JakartaClock.iso(row.createdAt))" \
                title="\(JakartaClock.full(row.createdAt))">\(JakartaClock.relative(row.createdAt, now: now))</time></td>
                </tr>
                """
        }
        return """
            <table class="list queue cards">
            <thead><tr><th scope="col">Nomor Laporan</th><th scope="col">Status</th><th scope="col">Kategori</th>
            <th scope="col">Kelurahan</th><th scope="col">Kanal</th><th scope="col">Masuk</th></tr></thead>
            <tbody>\(incidentLines)\(lines)</tbody>
            </table>
            """
    }

    var pager: HTML {
        let counted = max(1, (total.value + perPage - 1) / perPage)
        // Past the count, the pages go on as far as this one is full; the last is not known.
        let last: Int? = total.exact ? counted : nil
        let pages = last ?? max(counted, query.page + (rows.count == perPage ? 1 : 0))
        guard pages > 1 else { return .empty }
        let current = min(query.page, pages)
        // First, last (when known) and two either side of the current page.
        let shown = Set([1] + (last.map { [$0] } ?? []) + Array(max(1, current - 2)...min(pages, current + 2)))
            .sorted()
        var items: [HTML] = []
        if current > 1 {
            items.append("<li><a href=\"\(query.link(page: current - 1))\" rel=\"prev\">‹ Sebelumnya</a></li>")
        }
        var previous = 0
        for page in shown {
            if page > previous + 1 { items.append("<li><span>…</span></li>") }
            items.append(
                page == current
                    ? "<li><span aria-current=\"page\">\(page)</span></li>"
                    : "<li><a href=\"\(query.link(page: page))\">\(page)</a></li>")
            previous = page
        }
        if last == nil { items.append("<li><span>…</span></li>") }
        if current < pages {
            items.append("<li><a href=\"\(query.link(page: current + 1))\" rel=\"next\">Berikutnya ›</a></li>")
        }
        return "<nav aria-label=\"Halaman\"><ul class=\"pager\">\(items)</ul></nav>"
    }
}
