import AspirasiCore
import Foundation

/// `GET /console/admin/contacts?unit=…`: where a unit's officials are notified and escalated to.
public struct ContactsScreen: Sendable {
    public struct Row: Sendable {
        public let id: Int
        public let role: String
        public let name: String?
        public let channel: String
        public let address: String
        public let active: Bool

        public init(id: Int, role: String, name: String?, channel: String, address: String, active: Bool) {
            self.id = id
            self.role = role
            self.name = name
            self.channel = channel
            self.address = address
            self.active = active
        }
    }

    /// The unit shown (code and label), if one was chosen.
    public var unit: Choice?
    public var rows: [Row]
    public var units: [Choice]

    public init(unit: Choice?, rows: [Row], units: [Choice]) {
        self.unit = unit
        self.rows = rows
        self.units = units
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let picker: HTML = """
            <form class="filters" method="get" action="/console/admin/contacts">
            <div><label for="c-unit">Unit (ketik nama)</label>
            <input type="text" id="c-unit" name="unit" list="unit-list" value="\(unit?.label ?? "")" required autocomplete="off"></div>
            <div><button type="submit">Tampilkan</button></div></form>
            \(KelurahanPicker.datalist(units, id: "unit-list"))
            """
        var content: HTML = picker
        if let unit {
            let base = "/console/admin/contacts/" + Link.encode(unit.value)
            let lines = rows.map { row -> HTML in
                let action: HTML =
                    row.active
                    ? Form.post(
                        base + "/\(row.id)/deactivate", csrf: viewer.csrfToken,
                        "<button type=\"submit\" class=\"danger\">Hentikan</button>")
                    : "nonaktif"
                return """
                    <tr><td data-label="Jabatan">\(row.role)</td><td data-label="Nama">\(row.name ?? "–")</td>
                    <td data-label="Kanal">\(ChannelName.of(row.channel))</td><td data-label="Alamat">\(row.address)</td>
                    <td>\(action)</td></tr>
                    """
            }
            let channels = [Channel.sms, .email, .api].map { Choice($0.rawValue, ChannelName.of($0.rawValue)) }
            let add: HTML = """
                <div class="field"><label for="c-role">Jabatan (lurah, camat, sekretariat…)</label>
                <input type="text" id="c-role" name="role" required maxlength="60"></div>
                <div class="field"><label for="c-name">Nama</label><input type="text" id="c-name" name="name" maxlength="200"></div>
                <div class="field"><label for="c-channel">Kanal</label><select id="c-channel" name="channel">\
                \(Form.options(channels, selected: "sms"))</select></div>
                <div class="field"><label for="c-address">Nomor telepon, email atau alamat</label>
                <input type="text" id="c-address" name="address" required></div>
                <button type="submit">Tambah kontak</button>
                """
            content =
                content
                    + """
                    <h2>\(unit.label)</h2>
                    <table class="list cards"><thead><tr><th scope="col">Jabatan</th><th scope="col">Nama</th>
                    <th scope="col">Kanal</th><th scope="col">Alamat</th><th scope="col">Tindakan</th></tr></thead>
                    <tbody>\(lines)</tbody></table>
                    <section class="panel"><h2>Kontak baru</h2>\(Form.post(base, csrf: viewer.csrfToken, add))</section>
                    """
        }
        return Layout.page(
            title: "Kontak Pejabat", viewer: viewer, section: .contacts, flash: flash,
            "<h1>Kontak Pejabat</h1>\(content)")
    }
}

/// `GET /console/admin/holidays`: the days the working SLA clock stops.
public struct HolidaysScreen: Sendable {
    public var holidays: [(day: String, name: String)]

    public init(holidays: [(day: String, name: String)]) {
        self.holidays = holidays
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let lines = holidays.map { holiday -> HTML in
            let remove = Form.post(
                "/console/admin/holidays/\(holiday.day)/delete", csrf: viewer.csrfToken,
                "<button type=\"submit\" class=\"danger\">Hapus</button>")
            return
                "<tr><td data-label=\"Tanggal\">\(holiday.day)</td><td data-label=\"Nama\">\(holiday.name)</td><td>\(remove)</td></tr>"
        }
        let add: HTML = """
            <div class="field"><label for="h-day">Tanggal</label><input type="date" id="h-day" name="day" required></div>
            <div class="field"><label for="h-name">Nama hari libur</label>
            <input type="text" id="h-name" name="name" required maxlength="200"></div>
            <button type="submit">Simpan</button>
            """
        return Layout.page(
            title: "Hari Libur", viewer: viewer, section: .holidays, flash: flash,
            """
            <h1>Hari Libur</h1>
            <table class="list cards"><thead><tr><th scope="col">Tanggal</th><th scope="col">Nama</th>
            <th scope="col">Tindakan</th></tr></thead><tbody>\(lines)</tbody></table>
            <section class="panel"><h2>Hari libur baru</h2>\(Form.post("/console/admin/holidays", csrf: viewer.csrfToken, add))</section>
            """)
    }
}

/// `GET /console/admin/service-levels`: response and completion targets per category.
public struct ServiceLevelsScreen: Sendable {
    public struct Row: Sendable {
        public let code: String
        public let name: String
        public let responseMinutes: Int
        public let completionMinutes: Int
        public let clock: String

        public init(code: String, name: String, responseMinutes: Int, completionMinutes: Int, clock: String) {
            self.code = code
            self.name = name
            self.responseMinutes = responseMinutes
            self.completionMinutes = completionMinutes
            self.clock = clock
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let clocks = [Choice("working", "jam kerja"), Choice("continuous", "terus-menerus")]
        let lines = rows.map { row -> HTML in
            let id = "sl-\(row.code)"
            let fields: HTML = """
                <label for="\(id)-r">Respons (menit)</label>
                <input type="number" id="\(id)-r" name="response_minutes" min="1" value="\(row.responseMinutes)" required>
                <label for="\(id)-c">Selesai (menit)</label>
                <input type="number" id="\(id)-c" name="completion_minutes" min="1" value="\(row.completionMinutes)" required>
                <label for="\(id)-k">Jam</label>
                <select id="\(id)-k" name="clock">\(Form.options(clocks, selected: row.clock))</select>
                <button type="submit">Simpan</button>
                """
            return """
                <tr><td data-label="Kategori">\(row.name)</td><td><div class="row-actions">\
                \(Form.post("/console/admin/service-levels/" + Link.encode(row.code), csrf: viewer.csrfToken, fields))</div></td></tr>
                """
        }
        return Layout.page(
            title: "Target Layanan", viewer: viewer, section: .serviceLevels, flash: flash,
            """
            <h1>Target Layanan</h1>
            <table class="list cards"><thead><tr><th scope="col">Kategori</th><th scope="col">Target</th></tr></thead>
            <tbody>\(lines)</tbody></table>
            """)
    }
}
