import AspirasiCore
import Foundation

/// `GET /publik`: the city's figures for this month and the month before, the map of open reports (any month) per
/// kelurahan and the reports finished last with their follow-up photos. Counts, categories, kelurahan
/// and dates only: nothing that names or reaches a person.
public struct PublicScreen: Sendable {
    /// A finished report as the page lists it.
    public struct Finished: Sendable {
        public let trackingNumber: String
        public let categoryName: String
        public let kelurahanName: String?
        public let createdAt: Date
        public let closedAt: Date
        /// Where its follow-up photo is served, if it has one.
        public let photoPath: String?

        public init(
            trackingNumber: String, categoryName: String, kelurahanName: String?, createdAt: Date, closedAt: Date,
            photoPath: String?
        ) {
            self.trackingNumber = trackingNumber
            self.categoryName = categoryName
            self.kelurahanName = kelurahanName
            self.createdAt = createdAt
            self.closedAt = closedAt
            self.photoPath = photoPath
        }
    }

    public var stats: PublicStats
    public var areas: [PublicMap.Area]
    public var finished: [Finished]

    public init(stats: PublicStats, areas: [PublicMap.Area], finished: [Finished]) {
        self.stats = stats
        self.areas = areas
        self.finished = finished
    }

    public func render() -> HTML {
        let (now, before) = (stats.current, stats.previous)
        let cards: [(String, String)] = [
            ("Laporan bulan ini", "\(now.province.received)"), ("Selesai bulan ini", "\(now.province.completed)"),
            ("Tingkat penyelesaian", Self.rate(now.province)),
            ("Tingkat penyelesaian bulan lalu", Self.rate(before.province)),
        ]
        let summary = cards.map { label, value -> HTML in
            "<div class=\"stat\"><span>\(label)</span><strong>\(value)</strong></div>"
        }
        let earlier = Dictionary(before.kota.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let kotaRows = now.kota.map { kota -> HTML in
            let last = earlier[kota.code]
            return """
                <tr><td data-label="Kota">\(kota.name)</td><td data-label="Diterima">\(kota.received)</td>\
                <td data-label="Selesai">\(kota.completed)</td>\
                <td data-label="Penyelesaian">\(Self.rate(kota))</td>\
                <td data-label="Bulan lalu">\(last.map { "\(Self.rate($0)) dari \($0.received)" } ?? "–")</td></tr>
                """
        }
        let legend = PublicMap.legend.map { step, label -> HTML in
            "<span><svg width=\"16\" height=\"16\" aria-hidden=\"true\"><rect class=\"shade-\(step)\" width=\"16\" height=\"16\"/></svg> \(label)</span>"
        }
        let map =
            PublicMap.picture(areas) ?? "<p class=\"muted\">Peta kelurahan belum tersedia.</p>"
        return Layout.publicPage(
            title: "Laporan Warga Jakarta", current: .summary,
            """
            <h1>Laporan Warga Jakarta · \(now.month.description)</h1>
            <p class="muted">Angka bulan berjalan menurut waktu Jakarta (WIB), diperbarui \
            \(JakartaClock.full(now.computedAt)). Laporan duplikat dan yang di luar wilayah tidak dihitung.</p>
            <div class="stats">\(summary)</div>
            <form class="track" method="get" action="/lacak"><div><label for="nomor">Lacak laporan Anda</label>\
            <input id="nomor" name="nomor" type="text" inputmode="numeric" autocomplete="off" \
            placeholder="2611-0004273" maxlength="20"></div><button type="submit">Lacak</button></form>
            <section><h2>Per kota</h2><table class="list cards"><thead><tr><th scope="col">Kota</th>\
            <th scope="col">Diterima</th><th scope="col">Selesai</th><th scope="col">Penyelesaian</th>\
            <th scope="col">Bulan lalu (\(before.month.description))</th></tr></thead><tbody>\(kotaRows)</tbody></table></section>
            <section><h2>Laporan yang belum selesai (dari bulan mana pun) per kelurahan</h2>\
            <div class="legend">\(legend)</div>\(map)</section>
            <section><h2>Baru diselesaikan</h2>\(finishedList)</section>
            """)
    }

    /// The completion rate, or a dash when nothing was received (0% would blame a kota for no reports).
    static func rate(_ figures: PublicStats.Figures) -> String {
        figures.received > 0 ? EvaluationCharts.percent(figures.completionRate) : "–"
    }

    var finishedList: HTML {
        guard !finished.isEmpty else { return "<p class=\"muted\">Belum ada laporan yang selesai.</p>" }
        let items = finished.map { report -> HTML in
            let photo: HTML =
                report.photoPath.map {
                    "<img src=\"\($0)\" alt=\"Foto tindak lanjut laporan \(report.trackingNumber)\" loading=\"lazy\" width=\"320\" height=\"180\">"
                } ?? "<div class=\"no-photo\">Tanpa foto</div>"
            let place = report.kelurahanName.map { "Kelurahan \($0)" } ?? "Jakarta"
            return """
                <li>\(photo)<div class="text"><strong>\(report.categoryName)</strong><br>\(place)<br>\
                <span class="muted">Dilaporkan \(JakartaClock.full(report.createdAt))<br>\
                Selesai \(JakartaClock.full(report.closedAt))</span><br>\
                <a href="\(Link.to("/lacak", [("nomor", report.trackingNumber)]))">\(report.trackingNumber)</a></div></li>
                """
        }
        return "<ul class=\"finished\">\(items)</ul>"
    }
}
