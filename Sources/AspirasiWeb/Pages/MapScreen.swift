import AspirasiCore

/// `GET /console/map`: the officer's area from the shipped kelurahan polygons.
public struct MapScreen: Sendable {
    public var areas: [MapArea]
    public var dots: [MapDot]
    /// Areas listed but not drawn (Kepulauan Seribu, far out at sea beside the mainland).
    public var offMap: [MapArea]
    /// Open incidents: one marker each with its count, and a list under the map.
    public var incidents: [MapIncident] = []

    public init(areas: [MapArea], dots: [MapDot], offMap: [MapArea] = []) {
        self.areas = areas
        self.dots = dots
        self.offMap = offMap
    }

    public func render(viewer: Viewer) -> HTML {
        let picture =
            MapPictures.area(areas, dots: dots, incidents: incidents) ?? "<p>Belum ada peta untuk wilayah Anda.</p>"
        let shades: [(Int, String)] = [(0, "0"), (1, "1–2"), (2, "3–5"), (3, "6–10"), (4, "lebih dari 10")]
        let legend = shades.map { shade, label -> HTML in
            "<span><svg width=\"16\" height=\"16\" aria-hidden=\"true\"><rect class=\"area shade-\(shade)\" width=\"16\" height=\"16\"/></svg> \(label)</span>"
        }
        let busiest = (areas + offMap).filter { $0.openReports > 0 }.sorted { $0.openReports > $1.openReports }
        let rows = busiest.map { area -> HTML in
            "<tr><td><a href=\"\(area.link)\">\(area.name)</a></td><td>\(area.openReports)</td></tr>"
        }
        let table: HTML =
            rows.isEmpty
            ? "<p class=\"muted\">Tidak ada laporan terbuka di wilayah Anda.</p>"
            : """
            <table class="list"><thead><tr><th scope="col">Kelurahan</th><th scope="col">Laporan terbuka</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
        return Layout.page(
            title: "Peta", viewer: viewer, section: .map,
            """
            <h1>Peta</h1>
            <p class="muted">Warna kelurahan menurut jumlah laporan terbuka; titik adalah laporan terbuka menurut status. \
            Pilih kelurahan untuk melihat daftarnya.</p>
            <div class="legend">\(legend) \
            \(StatusBadge.badge(.menunggu)) \(StatusBadge.badge(.proses))</div>
            \(picture)
            \(incidentList)
            <h2>Kelurahan dengan laporan terbuka</h2>
            \(table)
            """)
    }

    var incidentList: HTML {
        guard !incidents.isEmpty else { return .empty }
        let rows = incidents.map { incident -> HTML in
            let line = incident.line
            return
                "<li><a href=\"\(IncidentLine.link(line.id))\">Insiden #\(line.id)</a>: \(line.category) di sekitar \(line.area), \(line.reports) laporan</li>"
        }
        return "<h2>Insiden</h2><ul class=\"incidents\">\(rows)</ul>"
    }
}
