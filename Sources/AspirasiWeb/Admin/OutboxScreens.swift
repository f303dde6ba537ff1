import Foundation

/// `GET /console/admin/deliveries?state=dead|possibly_sent`: messages that did not (surely) arrive, and replay.
public struct DeliveriesScreen: Sendable {
    public struct Row: Sendable {
        public let id: Int
        public let channel: String
        public let kind: String
        public let attempts: Int
        public let lastError: String?
        public let createdAt: Date

        public init(id: Int, channel: String, kind: String, attempts: Int, lastError: String?, createdAt: Date) {
            self.id = id
            self.channel = channel
            self.kind = kind
            self.attempts = attempts
            self.lastError = lastError
            self.createdAt = createdAt
        }
    }

    public var state: String
    public var rows: [Row]

    public init(state: String, rows: [Row]) {
        self.state = state
        self.rows = rows
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let tabs = [("dead", "Gagal terkirim"), ("possibly_sent", "Mungkin terkirim")].map { value, label -> HTML in
            let mark: HTML = value == state ? " aria-current=\"true\"" : ""
            return "<li><a href=\"/console/admin/deliveries?state=\(value)\"\(mark)>\(label)</a></li>"
        }
        let lines = rows.map { row -> HTML in
            let replay = Form.post(
                "/console/admin/deliveries/\(row.id)/replay", csrf: viewer.csrfToken,
                "<button type=\"submit\">Kirim ulang</button>")
            return """
                <tr><td data-label="No.">\(row.id)</td><td data-label="Kanal">\(ChannelName.of(row.channel))</td>
                <td data-label="Jenis">\(TimelineEntry.deliveryTitle(row.kind))</td><td data-label="Percobaan">\(row.attempts)</td>
                <td data-label="Galat">\(row.lastError ?? "–")</td><td data-label="Dibuat">\(JakartaClock.short(row.createdAt))</td>
                <td>\(replay)</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? "<p class=\"card\">Tidak ada pesan di sini.</p>"
            : """
            <table class="list cards"><thead><tr><th scope="col">No.</th><th scope="col">Kanal</th><th scope="col">Jenis</th>
            <th scope="col">Percobaan</th><th scope="col">Galat</th><th scope="col">Dibuat</th><th scope="col">Tindakan</th></tr></thead>
            <tbody>\(lines)</tbody></table>
            """
        return Layout.page(
            title: "Pesan Gagal Terkirim", viewer: viewer, section: .deliveries, flash: flash,
            """
            <h1>Pesan Gagal Terkirim</h1>
            <nav aria-label="Keadaan"><ul class="tabs">\(tabs)</ul></nav>
            \(table)
            """)
    }
}

/// `GET /console/admin/pollers`: each polled feed's health, and where it reads from next.
public struct PollersScreen: Sendable {
    public struct Row: Sendable {
        public let feed: String
        public let cursor: String?
        public let lastSuccessAt: Date?
        public let lagSeconds: Double?
        public let lastError: String?

        public init(feed: String, cursor: String?, lastSuccessAt: Date?, lagSeconds: Double?, lastError: String?) {
            self.feed = feed
            self.cursor = cursor
            self.lastSuccessAt = lastSuccessAt
            self.lagSeconds = lagSeconds
            self.lastError = lastError
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let lines = rows.map { row -> HTML in
            let id = "p-\(row.feed)"
            let form = Form.post(
                "/console/admin/pollers/" + Link.encode(row.feed) + "/cursor", csrf: viewer.csrfToken,
                """
                <label for="\(id)">Kursor</label><input type="text" id="\(id)" name="cursor" value="\(row.cursor ?? "")" required>
                <button type="submit">Atur</button>
                """)
            let lag = row.lagSeconds.map { "\(Int($0)) detik" } ?? "–"
            return """
                <tr><td data-label="Kanal">\(row.feed)</td>
                <td data-label="Terakhir berhasil">\(row.lastSuccessAt.map(JakartaClock.short) ?? "belum pernah")</td>
                <td data-label="Tertinggal">\(lag)</td><td data-label="Galat terakhir">\(row.lastError ?? "–")</td>
                <td><div class="row-actions">\(form)</div></td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? "<p class=\"card\">Belum ada kanal yang dipantau.</p>"
            : """
            <table class="list cards"><thead><tr><th scope="col">Kanal</th><th scope="col">Terakhir berhasil</th>
            <th scope="col">Tertinggal</th><th scope="col">Galat terakhir</th><th scope="col">Kursor</th></tr></thead>
            <tbody>\(lines)</tbody></table>
            """
        return Layout.page(
            title: "Kanal Terpantau", viewer: viewer, section: .pollers, flash: flash,
            "<h1>Kanal Terpantau</h1>\(table)")
    }
}
