import Foundation

/// `GET /console/admin/keys`: partner and Open311 keys; a new key is shown once.
public struct KeysScreen: Sendable {
    public struct Row: Sendable {
        public let name: String
        public let prefix: String
        public let createdAt: Date
        public let lastUsedAt: Date?
        public let revokedAt: Date?

        public init(name: String, prefix: String, createdAt: Date, lastUsedAt: Date?, revokedAt: Date?) {
            self.name = name
            self.prefix = prefix
            self.createdAt = createdAt
            self.lastUsedAt = lastUsedAt
            self.revokedAt = revokedAt
        }
    }

    public var rows: [Row]
    /// A key just made: its only showing.
    public var issued: (name: String, key: String)?

    public init(rows: [Row], issued: (name: String, key: String)? = nil) {
        self.rows = rows
        self.issued = issued
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let csrf = viewer.csrfToken
        let lines = rows.map { row -> HTML in
            let state: HTML
            if let revoked = row.revokedAt {
                state = "dicabut \(JakartaClock.short(revoked))"
            } else {
                state = Form.post(
                    "/console/admin/keys/" + Link.encode(row.name) + "/revoke", csrf: csrf,
                    "<button type=\"submit\" class=\"danger\">Cabut</button>")
            }
            return """
                <tr><td data-label="Nama">\(row.name)</td><td data-label="Awalan" class="number">\(row.prefix)…</td>
                <td data-label="Dibuat">\(JakartaClock.short(row.createdAt))</td>
                <td data-label="Terakhir dipakai">\(row.lastUsedAt.map(JakartaClock.short) ?? "belum pernah")</td>
                <td>\(state)</td></tr>
                """
        }
        let shown: HTML =
            issued.map {
                """
                <section class="panel" role="status"><h2>Kunci baru: \($0.name)</h2>
                <p>Salin sekarang: kunci ini hanya ditampilkan sekali.</p><p class="secret">\($0.key)</p></section>
                """
            } ?? .empty
        let newKey: HTML = """
            <div class="field"><label for="k-name">Nama pemegang kunci</label>
            <input type="text" id="k-name" name="name" required maxlength="100"></div>
            <button type="submit">Buat kunci</button>
            """
        return Layout.page(
            title: "Kunci API", viewer: viewer, section: .keys, flash: flash,
            """
            <h1>Kunci API</h1>
            \(shown)
            <table class="list cards"><thead><tr><th scope="col">Nama</th><th scope="col">Awalan</th>
            <th scope="col">Dibuat</th><th scope="col">Terakhir dipakai</th><th scope="col">Status</th></tr></thead>
            <tbody>\(lines)</tbody></table>
            <section class="panel"><h2>Kunci baru</h2>
            \(Form.post("/console/admin/keys", csrf: csrf, newKey))
            </section>
            """)
    }
}
