import AspirasiCore
import Foundation

/// `GET /console/reports/{number}`: one report, its deadlines, its whole history and what may be done now.
public struct ReportScreen: Sendable {
    public struct Deadline: Sendable {
        public let label: String
        public let due: Date?
        public let met: Date?

        public init(label: String, due: Date?, met: Date?) {
            self.label = label
            self.due = due
            self.met = met
        }
    }

    public struct Photo: Sendable {
        public let url: String
        public let caption: String

        public init(url: String, caption: String) {
            self.url = url
            self.caption = caption
        }
    }

    /// A report linked to this one as a duplicate or its original.
    public struct Related: Sendable {
        public let trackingNumber: String
        public let status: ReportStatus
        public let relation: String

        public init(trackingNumber: String, status: ReportStatus, relation: String) {
            self.trackingNumber = trackingNumber
            self.status = status
            self.relation = relation
        }
    }

    /// Someone who hears about the report: the channel and a masked handle, never the full address.
    public struct Follower: Sendable {
        public let channel: String
        public let isReporter: Bool
        public let maskedHandle: String
        public let since: Date

        public init(channel: String, isReporter: Bool, maskedHandle: String, since: Date) {
            self.channel = channel
            self.isReporter = isReporter
            self.maskedHandle = maskedHandle
            self.since = since
        }
    }

    public var trackingNumber: String
    public var status: ReportStatus
    public var rejectReason: String?
    public var overdue: Bool
    public var category: String
    public var description: String
    /// `Gambir, Kec. Gambir, Jakarta Pusat`, or nil when not located.
    public var area: String?
    public var ownerUnit: String?
    public var handlerUnit: String?
    public var channel: String
    public var createdAt: Date
    public var deadlines: [Deadline]
    public var map: HTML?
    public var photos: [Photo]
    public var timeline: [TimelineEntry]
    public var related: [Related]
    public var followers: [Follower]
    public var actions: ActionForms
    /// Why the category was chosen (`CategoryBasis`), when the intake recorded it.
    public var categoryBasis: String?
    public var now = Date()

    public init(
        trackingNumber: String, status: ReportStatus, rejectReason: String?, overdue: Bool, category: String,
        description: String, area: String?, ownerUnit: String?, handlerUnit: String?, channel: String,
        createdAt: Date, deadlines: [Deadline], map: HTML?, photos: [Photo], timeline: [TimelineEntry],
        related: [Related], followers: [Follower], actions: ActionForms
    ) {
        self.trackingNumber = trackingNumber
        self.status = status
        self.rejectReason = rejectReason
        self.overdue = overdue
        self.category = category
        self.description = description
        self.area = area
        self.ownerUnit = ownerUnit
        self.handlerUnit = handlerUnit
        self.channel = channel
        self.createdAt = createdAt
        self.deadlines = deadlines
        self.map = map
        self.photos = photos
        self.timeline = timeline
        self.related = related
        self.followers = followers
        self.actions = actions
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let late: HTML = overdue ? StatusBadge.overdue : .empty
        let reason: HTML = rejectReason.map { "<span class=\"muted\">(\(StatusBadge.reason($0)))</span>" } ?? .empty
        return Layout.page(
            title: "Laporan \(trackingNumber)", viewer: viewer, section: .reports, flash: flash,
            """
            <p><a href="/console/reports">‹ Daftar Laporan</a></p>
            <div class="report-head"><h1>Laporan <span class="number">\(trackingNumber)</span></h1>
            \(StatusBadge.badge(status)) \(reason) \(late)</div>
            <div class="grid">
            <div>
            \(summary)
            \(photoPanel)
            <section class="panel"><h2>Riwayat</h2>\(TimelineEntry.list(timeline))</section>
            </div>
            <div>
            \(mapPanel)
            \(actions.render(trackingNumber: trackingNumber, csrf: viewer.csrfToken))
            \(relatedPanel)
            </div>
            </div>
            """)
    }

    var summary: HTML {
        let deadlineRows = deadlines.map { deadline -> HTML in
            let state: HTML
            if let met = deadline.met {
                state = "terpenuhi \(JakartaClock.short(met))"
            } else if let due = deadline.due {
                state =
                    "<time datetime=\"\(JakartaClock.iso(due))\">\(JakartaClock.short(due))</time> (\(JakartaClock.relative(due, now: now)))"
            } else {
                state = "belum dihitung"
            }
            return "<dt>\(deadline.label)</dt><dd>\(state)</dd>"
        }
        return """
            <section class="panel">
            <p class="text">\(description)</p>
            <dl class="facts">
            <dt>Kategori</dt><dd>\(category)</dd>
            \(basisRow)
            <dt>Lokasi</dt><dd>\(area ?? "belum diketahui (perlu dipilah)")</dd>
            <dt>Penanggung jawab</dt><dd>\(ownerUnit ?? "–")</dd>
            <dt>Ditangani</dt><dd>\(handlerUnit ?? "–")</dd>
            <dt>Kanal</dt><dd>\(ChannelName.of(channel))</dd>
            <dt>Masuk</dt><dd>\(JakartaClock.full(createdAt))</dd>
            \(deadlineRows)
            </dl>
            </section>
            """
    }

    var basisRow: HTML {
        guard let categoryBasis else { return .empty }
        return "<dt>Dasar kategori</dt><dd class=\"category-basis\">\(categoryBasis)</dd>"
    }

    var photoPanel: HTML {
        guard !photos.isEmpty else { return .empty }
        let items = photos.map { photo -> HTML in
            """
            <a href="\(photo.url)" target="_blank" rel="noopener"><img src="\(photo.url)" alt="\(photo.caption)" \
            loading="lazy" width="120" height="120"></a>
            """
        }
        return "<section class=\"panel\"><h2>Foto</h2><div class=\"photos\">\(items)</div></section>"
    }

    var mapPanel: HTML {
        guard let map else { return .empty }
        return "<section class=\"panel\"><h2>Peta</h2>\(map)</section>"
    }

    var relatedPanel: HTML {
        var parts: [HTML] = []
        if !related.isEmpty {
            let items = related.map { item -> HTML in
                """
                <li>\(item.relation): <a class="number" href="\(Link.report(item.trackingNumber))">\(item.trackingNumber)</a> \
                \(StatusBadge.badge(item.status))</li>
                """
            }
            parts.append("<h2>Laporan terkait</h2><ul>\(items)</ul>")
        }
        if !followers.isEmpty {
            let items = followers.map { follower -> HTML in
                let who = follower.isReporter ? "Pelapor" : "Pengikut"
                return "<li>\(who) · \(ChannelName.of(follower.channel)) · \(follower.maskedHandle)</li>"
            }
            parts.append("<h2>Pelapor dan pengikut</h2><ul>\(items)</ul>")
        }
        guard !parts.isEmpty else { return .empty }
        return "<section class=\"panel\">\(parts)</section>"
    }
}
