import AspirasiCore

/// `GET /console/evaluasi`: the month's evaluation for the monthly meeting, drawn and printable.
public struct EvaluationScreen: Sendable {
    public var evaluation: MonthEvaluation
    /// The area's evaluations of the twelve months up to this one, oldest first.
    public var trend: [MonthEvaluation]
    public var areas: [EvaluationCharts.Area]

    public init(evaluation: MonthEvaluation, trend: [MonthEvaluation], areas: [EvaluationCharts.Area]) {
        self.evaluation = evaluation
        self.trend = trend
        self.areas = areas
    }

    public func render(viewer: Viewer) -> HTML {
        let e = evaluation
        let totals = e.totals
        let state: HTML =
            e.frozen
            ? "Angka bulan ini sudah ditetapkan (dibekukan \(JakartaClock.full(e.computedAt)))."
            : "Bulan berjalan: angka diperbarui \(JakartaClock.full(e.computedAt))."
        let cards: [(String, String)] = [
            ("Laporan diterima", "\(totals.received)"), ("Selesai", "\(totals.completed)"),
            ("Tingkat penyelesaian", EvaluationCharts.percent(totals.completionRate)),
            ("Median waktu selesai", EvaluationCharts.hours(totals.medianCompletionHours)),
            ("Median respons pertama", EvaluationCharts.hours(totals.medianFirstResponseHours)),
            ("Terlambat", "\(totals.overdue)"), ("Dibuka kembali", "\(totals.reopened)"),
        ]
        let summary = cards.map { label, value -> HTML in
            "<div class=\"stat\"><span>\(label)</span><strong>\(value)</strong></div>"
        }
        let rateBar = { (row: MonthEvaluation.UnitRow) in
            EvaluationCharts.Bar(
                label: row.name, value: row.completionRate,
                text: "\(EvaluationCharts.percent(row.completionRate)) (\(row.completed)/\(row.received))")
        }
        let top = EvaluationCharts.bars(
            e.kelurahanTop.map(rateBar), maximum: 1, label: "Sepuluh kelurahan dengan penyelesaian tertinggi",
            tone: "good")
        let bottom = EvaluationCharts.bars(
            e.kelurahanBottom.map(rateBar), maximum: 1, label: "Sepuluh kelurahan dengan penyelesaian terendah",
            tone: "poor")
        let agencies = Array(e.agenciesUnresolved.prefix(10))
        let agencyChart = EvaluationCharts.bars(
            agencies.map { .init(label: $0.name, value: Double($0.unresolved), text: "\($0.unresolved)") },
            maximum: Double(agencies.first?.unresolved ?? 0), label: "SKPD dengan laporan belum selesai terbanyak",
            tone: "poor")
        let trendChart = EvaluationCharts.trend(
            trend.map { ($0.month.description, $0.totals.received, $0.totals.completionRate) },
            label: "Tingkat penyelesaian dua belas bulan terakhir")
        let map =
            EvaluationCharts.map(areas, label: "Peta kelurahan menurut tingkat penyelesaian")
            ?? "<p class=\"muted\">Belum ada peta untuk wilayah ini.</p>"
        let legendSteps: [(String, String)] = [
            ("rate-0", "< 20%"), ("rate-1", "20–39%"), ("rate-2", "40–59%"), ("rate-3", "60–79%"), ("rate-4", "≥ 80%"),
            ("rate-none", "tidak ada laporan"),
        ]
        let legend = legendSteps.map { step, label -> HTML in
            "<span><svg width=\"16\" height=\"16\" aria-hidden=\"true\"><rect class=\"area \(step)\" width=\"16\" height=\"16\"/></svg> \(label)</span>"
        }
        let kotaRows = e.kota.map { kota -> HTML in
            let f = kota.figures
            return """
                <tr><td data-label="Kota">\(f.name)</td><td data-label="Diterima">\(f.received)</td>\
                <td data-label="Selesai">\(f.completed)</td><td data-label="Penyelesaian">\(EvaluationCharts.percent(f.completionRate))</td>\
                <td data-label="Median selesai">\(EvaluationCharts.hours(f.medianCompletionHours))</td>\
                <td data-label="Terlambat">\(f.overdue)</td></tr>
                """
        }
        let rankingTable = { (rows: [MonthEvaluation.UnitRow], caption: String) -> HTML in
            let body = rows.enumerated().map { index, row -> HTML in
                """
                <tr><td data-label="Peringkat">\(index + 1)</td><td data-label="Kelurahan">\(row.name) <span class="muted">\(row.code)</span></td>\
                <td data-label="Diterima">\(row.received)</td><td data-label="Selesai">\(row.completed)</td>\
                <td data-label="Penyelesaian">\(EvaluationCharts.percent(row.completionRate))</td>\
                <td data-label="Median selesai">\(EvaluationCharts.hours(row.medianCompletionHours))</td></tr>
                """
            }
            return """
                <table class="list cards"><caption>\(caption)</caption><thead><tr><th scope="col">#</th><th scope="col">Kelurahan</th>\
                <th scope="col">Diterima</th><th scope="col">Selesai</th><th scope="col">Penyelesaian</th>\
                <th scope="col">Median selesai</th></tr></thead><tbody>\(body)</tbody></table>
                """
        }
        return Layout.page(
            title: "Evaluasi Bulanan \(e.month)", viewer: viewer, section: .evaluation,
            """
            <div class="evaluation">
            <h1>Evaluasi Bulanan · \(e.area.name) · \(e.month.description)</h1>
            <form class="no-print month-pick" method="get" action="/console/evaluasi">
            <label for="bulan">Bulan</label> <input id="bulan" name="bulan" type="month" value="\(e.month.description)">
            <button type="submit">Tampilkan</button></form>
            <p class="muted">\(state) Bulan menurut waktu Jakarta (WIB). Laporan duplikat dan yang ditolak karena \
            luar wilayah tidak dihitung. Cetak halaman ini untuk rapat bulanan.</p>
            <div class="stats">\(summary)</div>
            <section><h2>Peta tingkat penyelesaian per kelurahan</h2>
            <div class="legend">\(legend)</div>\(map)</section>
            <section class="grid halves"><div><h2>Sepuluh kelurahan terbaik</h2>\(top)</div>
            <div><h2>Sepuluh kelurahan terendah</h2>\(bottom)</div></section>
            <section><h2>SKPD dengan laporan belum selesai</h2>\(agencies.isEmpty ? "<p class=\"muted\">Tidak ada.</p>" : agencyChart)</section>
            <section><h2>Tren dua belas bulan</h2><p class="muted">Tinggi batang: tingkat penyelesaian; angka di bawah bulan: laporan diterima.</p>\(trendChart)</section>
            <section><h2>Per kota</h2><table class="list cards"><thead><tr><th scope="col">Kota</th><th scope="col">Diterima</th>\
            <th scope="col">Selesai</th><th scope="col">Penyelesaian</th><th scope="col">Median selesai</th>\
            <th scope="col">Terlambat</th></tr></thead><tbody>\(kotaRows)</tbody></table></section>
            <section>\(rankingTable(e.kelurahanTop, "Peringkat teratas"))\(rankingTable(e.kelurahanBottom, "Peringkat terbawah"))</section>
            </div>
            """)
    }
}
