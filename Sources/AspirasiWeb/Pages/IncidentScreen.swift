import AspirasiCore
import Foundation

/// An open incident as one line of the queue: what, where, how many reports.
public struct IncidentLine: Sendable {
    public let id: Int
    public let category: String
    public let area: String
    public let reports: Int
    public let openReports: Int
    public let openedAt: Date

    public init(id: Int, category: String, area: String, reports: Int, openReports: Int, openedAt: Date) {
        self.id = id
        self.category = category
        self.area = area
        self.reports = reports
        self.openReports = openReports
        self.openedAt = openedAt
    }

    /// An incident's page.
    public static func link(_ id: Int) -> String { "/console/insiden/\(id)" }
}

/// `GET /console/insiden/{id}`: an incident, the koordinator's actions on all its reports at once, and
/// its reports. Every action form carries an idempotency key made when the page was drawn, so a form
/// sent twice acts once.
public struct IncidentScreen: Sendable {
    public struct Report: Sendable {
        public let trackingNumber: String
        public let status: ReportStatus
        public let kelurahan: String?
        public let createdAt: Date
        public let summary: String

        public init(trackingNumber: String, status: ReportStatus, kelurahan: String?, createdAt: Date, summary: String)
        {
            self.trackingNumber = trackingNumber
            self.status = status
            self.kelurahan = kelurahan
            self.createdAt = createdAt
            self.summary = summary
        }
    }

    public var line: IncidentLine
    public var open: Bool
    public var kota: String?
    public var agency: String?
    public var windowMinutes: Int
    public var radiusMeters: Int
    public var reports: [Report]
    /// Whether the viewer may act (a koordinator on an open incident).
    public var actions: Bool
    public var agencies: [Choice]
    public var defaultAgency: String?
    /// A fresh key per page view: the forms' `idempotency_key`.
    public var formKey: String
    public var now = Date()

    public init(
        line: IncidentLine, open: Bool, kota: String?, agency: String?, windowMinutes: Int, radiusMeters: Int,
        reports: [Report], actions: Bool, agencies: [Choice], defaultAgency: String?, formKey: String
    ) {
        self.line = line
        self.open = open
        self.kota = kota
        self.agency = agency
        self.windowMinutes = windowMinutes
        self.radiusMeters = radiusMeters
        self.reports = reports
        self.actions = actions
        self.agencies = agencies
        self.defaultAgency = defaultAgency
        self.formKey = formKey
    }

    public func render(viewer: Viewer, flash: Flash? = nil) -> HTML {
        let state: HTML = open ? "Terbuka" : "Ditutup"
        return Layout.page(
            title: "Insiden #\(line.id)", viewer: viewer, section: .reports, flash: flash,
            """
            <h1>Insiden #\(line.id): \(line.category)</h1>
            <section class="panel"><dl class="facts">
            <dt>Status</dt><dd>\(state)</dd>
            <dt>Pusat</dt><dd>\(line.area)\(kota.map { ", \($0)" as HTML } ?? .empty) (radius \(radiusMeters) m)</dd>
            <dt>SKPD</dt><dd>\(agency ?? "-")</dd>
            <dt>Dibuka</dt><dd><time datetime="\(JakartaClock.iso(line.openedAt))">\(JakartaClock.full(line.openedAt))</time></dd>
            <dt>Laporan</dt><dd>\(line.reports) laporan, \(line.openReports) belum selesai</dd>
            </dl></section>
            \(forms(viewer.csrfToken))
            \(table)
            """)
    }

    func forms(_ csrf: String) -> HTML {
        guard actions, open else { return .empty }
        let target = IncidentLine.link(line.id)
        let key: HTML = "<input type=\"hidden\" name=\"idempotency_key\" value=\"\(formKey)\">"
        let dispose = Form.post(
            target + "/dispose", csrf: csrf,
            """
            \(key)<div class="field"><label for="i-agency">SKPD/UKPD</label><select id="i-agency" name="agency" required>\
            \(Form.options(agencies, selected: defaultAgency))</select></div>
            <button type="submit">Disposisi ke SKPD (semua laporan)</button>
            """)
        let reply = Form.post(
            target + "/reply", csrf: csrf,
            """
            \(key)<div class="field"><label for="i-reply">Balasan (dikirim sekali ke setiap pelapor)</label>
            <textarea id="i-reply" name="note" maxlength="4000" required></textarea></div>
            <button type="submit">Balas Warga (semua pelapor)</button>
            """)
        let complete = Form.post(
            target + "/complete", csrf: csrf, multipart: true,
            """
            \(key)<div class="field"><label for="i-photo">Foto Tindak Lanjut (TL)</label>
            <input type="file" id="i-photo" name="photo" accept="image/jpeg,image/png" capture="environment" required></div>
            <div class="field"><label for="i-note">Uraian tindak lanjut (dikirim ke warga)</label>
            <textarea id="i-note" name="note" maxlength="4000" required></textarea></div>
            <button type="submit">Selesaikan semua (foto tindak lanjut wajib)</button>
            """)
        return """
            <section class="panel actions"><h2>Tindakan untuk seluruh insiden</h2>
            <details><summary>Disposisi ke SKPD</summary>\(dispose)</details>
            <details><summary>Balas Warga</summary>\(reply)</details>
            <details><summary>Selesaikan</summary>\(complete)</details>
            </section>
            """
    }

    var table: HTML {
        let lines = reports.map { row -> HTML in
            """
            <tr class="row tone-\(StatusBadge.tone(row.status))">
            <td><a class="number" href="\(Link.report(row.trackingNumber))">\(row.trackingNumber)</a>
            <div class="summary">\(row.summary)</div></td>
            <td data-label="Status">\(StatusBadge.badge(row.status))</td>
            <td data-label="Kelurahan">\(row.kelurahan ?? "belum diketahui")</td>
            <td data-label="Masuk"><time datetime="\(JakartaClock.iso(row.createdAt))" \
            title="\(JakartaClock.full(row.createdAt))">\(JakartaClock.relative(row.createdAt, now: now))</time></td>
            </tr>
            """
        }
        return """
            <h2>Laporan dalam insiden ini</h2>
            <table class="list queue cards">
            <thead><tr><th scope="col">Nomor Laporan</th><th scope="col">Status</th><th scope="col">Kelurahan</th>
            <th scope="col">Masuk</th></tr></thead>
            <tbody>\(lines)</tbody>
            </table>
            """
    }
}

extension IncidentLine {
    /// The line in the queue: one row standing for all the incident's reports.
    func row(now: Date) -> HTML {
        """
        <tr class="row incident tone-red">
        <td><a class="number" href="\(Self.link(id))">Insiden #\(id)</a>
        <div class="summary">\(category) di sekitar \(area)</div></td>
        <td data-label="Status"><strong>\(reports) laporan</strong> (\(openReports) belum selesai)</td>
        <td data-label="Kategori">\(category)</td>
        <td data-label="Kelurahan">\(area)</td>
        <td data-label="Kanal">semua kanal</td>
        <td data-label="Masuk"><time datetime="\(JakartaClock.iso(openedAt))" \
        title="\(JakartaClock.full(openedAt))">\(JakartaClock.relative(openedAt, now: now))</time></td>
        </tr>
        """
    }
}
