import AspirasiCore
import Foundation

/// `GET /lacak?nomor=…`: a citizen's report by its tracking number, as anyone may see it (status,
/// public steps, follow-up photo), or a plain answer for a number that is mistyped or unknown.
public struct TrackingScreen: Sendable {
    public struct Report: Sendable {
        public struct Step: Sendable {
            public let at: Date
            public let status: ReportStatus
            public let note: String?

            public init(at: Date, status: ReportStatus, note: String?) {
                self.at = at
                self.status = status
                self.note = note
            }
        }
        public let trackingNumber: String
        public let status: ReportStatus
        public let rejectReason: String?
        public let categoryName: String
        public let kelurahanName: String?
        public let createdAt: Date
        public let timeline: [Step]
        public let photoPath: String?

        public init(
            trackingNumber: String, status: ReportStatus, rejectReason: String?, categoryName: String,
            kelurahanName: String?, createdAt: Date, timeline: [Step], photoPath: String?
        ) {
            self.trackingNumber = trackingNumber
            self.status = status
            self.rejectReason = rejectReason
            self.categoryName = categoryName
            self.kelurahanName = kelurahanName
            self.createdAt = createdAt
            self.timeline = timeline
            self.photoPath = photoPath
        }
    }

    public enum Outcome: Sendable {
        /// No number asked yet: the form alone.
        case form
        /// Not a tracking number, or its check digit is wrong: a typo, caught before the database.
        case invalid(String)
        /// A valid number with no (public) report.
        case notFound(String)
        case found(Report)
    }

    public var outcome: Outcome

    public init(_ outcome: Outcome) {
        self.outcome = outcome
    }

    public static let invalidMessage =
        "Nomor laporan tidak valid: periksa kembali angkanya. Bentuknya seperti 2611-0004273."
    public static let notFoundMessage = "Laporan dengan nomor ini tidak ditemukan."

    public func render() -> HTML {
        var asked = ""
        var body: HTML = ""
        switch outcome {
        case .form:
            body = "<p class=\"muted\">Nomor laporan dikirim kepada Anda saat laporan diterima.</p>"
        case .invalid(let number):
            asked = number
            body = "<p class=\"flash error\" role=\"alert\">\(Self.invalidMessage)</p>"
        case .notFound(let number):
            asked = number
            body = "<p class=\"flash error\" role=\"alert\">\(Self.notFoundMessage) (\(number))</p>"
        case .found(let report):
            asked = report.trackingNumber
            body = Self.result(report)
        }
        return Layout.publicPage(
            title: "Lacak Laporan", current: .tracking,
            """
            <h1>Lacak Laporan</h1>
            <form class="track" method="get" action="/lacak"><div><label for="nomor">Nomor Laporan</label>\
            <input id="nomor" name="nomor" type="text" inputmode="numeric" autocomplete="off" required \
            placeholder="2611-0004273" maxlength="20" value="\(asked)"></div><button type="submit">Lacak</button></form>
            \(body)
            """)
    }

    static func result(_ report: Report) -> HTML {
        let reason: HTML = report.rejectReason.map { " (\(StatusBadge.reason($0)))" } ?? ""
        let steps = report.timeline.map { step -> HTML in
            let note: HTML = step.note.map { "<br>\($0)" } ?? ""
            return """
                <li><time datetime="\(JakartaClock.iso(step.at))">\(JakartaClock.full(step.at))</time>\
                \(StatusBadge.badge(step.status))\(note)</li>
                """
        }
        let photo: HTML =
            report.photoPath.map {
                "<figure class=\"photo\"><img src=\"\($0)\" alt=\"Foto tindak lanjut laporan \(report.trackingNumber)\" width=\"448\" height=\"252\"><figcaption>Foto Tindak Lanjut (TL)</figcaption></figure>"
            } ?? ""
        let history: HTML =
            steps.isEmpty
            ? "<p class=\"muted\">Belum ada perkembangan.</p>" : "<ol class=\"timeline\">\(steps)</ol>"
        return """
            <section class="card tracked"><h2>Laporan \(report.trackingNumber)</h2>
            <p>\(StatusBadge.badge(report.status))\(reason)</p>
            <dl class="facts"><dt>Kategori</dt><dd>\(report.categoryName)</dd>\
            <dt>Kelurahan</dt><dd>\(report.kelurahanName ?? "belum ditentukan")</dd>\
            <dt>Diterima</dt><dd>\(JakartaClock.full(report.createdAt))</dd></dl>
            \(photo)
            <h3>Riwayat</h3>\(history)
            </section>
            """
    }
}
