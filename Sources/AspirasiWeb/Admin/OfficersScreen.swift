import AspirasiCore
import Foundation

/// `GET /console/admin/officers`: accounts, new accounts, disabling and new passwords.
public struct OfficersScreen: Sendable {
    public struct Row: Sendable {
        public let username: String
        public let displayName: String
        public let unit: String
        public let role: Role
        public let active: Bool

        public init(username: String, displayName: String, unit: String, role: Role, active: Bool) {
            self.username = username
            self.displayName = displayName
            self.unit = unit
            self.role = role
            self.active = active
        }
    }

    public var rows: [Row]
    /// Units an account may belong to, for the search box.
    public var units: [Choice]

    public init(rows: [Row], units: [Choice]) {
        self.rows = rows
        self.units = units
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let csrf = viewer.csrfToken
        let lines = rows.map { row -> HTML in
            let path = "/console/admin/officers/" + Link.encode(row.username)
            let toggle: HTML =
                row.active
                ? Form.post(
                    path + "/disable", csrf: csrf, "<button type=\"submit\" class=\"danger\">Nonaktifkan</button>")
                : Form.post(
                    path + "/enable", csrf: csrf, "<button type=\"submit\" class=\"secondary\">Aktifkan</button>")
            let reset = Form.post(
                path + "/reset-password", csrf: csrf,
                """
                <label for="pw-\(row.username)">Kata sandi baru</label>
                <input type="password" id="pw-\(row.username)" name="password" minlength="10" required autocomplete="new-password">
                <button type="submit" class="secondary">Atur ulang</button>
                """)
            return """
                <tr><td data-label="Nama pengguna">\(row.username)</td><td data-label="Nama">\(row.displayName)</td>
                <td data-label="Unit">\(row.unit)</td><td data-label="Peran">\(row.role.rawValue)</td>
                <td data-label="Status">\(row.active ? "aktif" : "nonaktif")</td>
                <td><div class="row-actions">\(toggle)\(reset)</div></td></tr>
                """
        }
        let roles = Role.allCases.map { Choice($0.rawValue, $0.rawValue) }
        let create: HTML = """
            <div class="field"><label for="n-username">Nama pengguna</label>
            <input type="text" id="n-username" name="username" required pattern="[a-z0-9][a-z0-9._\\-]{2,63}" autocapitalize="none"></div>
            <div class="field"><label for="n-name">Nama tampilan</label><input type="text" id="n-name" name="display_name" required></div>
            <div class="field"><label for="n-unit">Unit (ketik nama)</label>
            <input type="text" id="n-unit" name="unit" list="unit-list" required autocomplete="off"></div>
            <div class="field"><label for="n-role">Peran</label><select id="n-role" name="role">\(Form.options(roles, selected: "petugas"))</select></div>
            <div class="field"><label for="n-password">Kata sandi (minimal 10 karakter)</label>
            <input type="password" id="n-password" name="password" minlength="10" required autocomplete="new-password"></div>
            <button type="submit">Buat akun</button>
            """
        return Layout.page(
            title: "Petugas", viewer: viewer, section: .officers, flash: flash,
            """
            <h1>Petugas</h1>
            <table class="list cards"><thead><tr><th scope="col">Nama pengguna</th><th scope="col">Nama</th>
            <th scope="col">Unit</th><th scope="col">Peran</th><th scope="col">Status</th><th scope="col">Tindakan</th></tr></thead>
            <tbody>\(lines)</tbody></table>
            <section class="panel"><h2>Akun baru</h2>
            \(KelurahanPicker.datalist(units, id: "unit-list"))
            \(Form.post("/console/admin/officers", csrf: csrf, create))
            </section>
            """)
    }
}
