import AspirasiCore

/// A kelurahan on the area map.
public struct MapArea: Sendable {
    public let code: String
    public let name: String
    public let shape: GeoShape
    public let openReports: Int
    /// Where clicking it leads: the queue filtered to it.
    public let link: String

    public init(code: String, name: String, shape: GeoShape, openReports: Int, link: String) {
        self.code = code
        self.name = name
        self.shape = shape
        self.openReports = openReports
        self.link = link
    }
}

/// An open report on the area map.
/// An open incident on the map: one marker at its centre.
public struct MapIncident: Sendable {
    public let line: IncidentLine
    public let point: GeoCoordinate

    public init(line: IncidentLine, point: GeoCoordinate) {
        self.line = line
        self.point = point
    }
}

public struct MapDot: Sendable {
    public let trackingNumber: String
    public let status: ReportStatus
    public let point: GeoCoordinate

    public init(trackingNumber: String, status: ReportStatus, point: GeoCoordinate) {
        self.trackingNumber = trackingNumber
        self.status = status
        self.point = point
    }
}

/// The console's SVG drawings, made from the kelurahan polygons in the database: no tiles, no network.
public enum MapPictures {
    /// A report's kelurahan outline with the report's point; nil when there is neither.
    public static func report(outline: GeoShape?, point: GeoCoordinate?, status: ReportStatus, width: Double = 320)
        -> HTML?
    {
        let coordinates = (outline?.coordinates ?? []) + (point.map { [$0] } ?? [])
        guard let box = GeoBox(coordinates) else { return nil }
        let projection = MapProjection(fitting: box, width: width, maxHeight: width)
        var parts: [HTML] = []
        if let outline {
            parts.append(
                "<path class=\"outline\" fill-rule=\"evenodd\" d=\"\(projection.path(outline, tolerance: 0.5))\"/>")
        }
        if let point {
            let (x, y) = projection.project(point)
            parts.append(
                """
                <circle class="dot tone-\(StatusBadge.tone(status))" cx="\(MapProjection.format(x))" \
                cy="\(MapProjection.format(y))" r="7"/>
                """)
        }
        return svg(projection, role: "img", label: "Peta kelurahan dengan titik laporan", parts)
    }

    /// The officer's area: each kelurahan shaded by its open reports and linked to the queue for it,
    /// open reports as dots in their status colour. The view fits `focus` (every area when nil).
    public static func area(
        _ areas: [MapArea], dots: [MapDot], incidents: [MapIncident] = [], focus: [MapArea]? = nil,
        width: Double = 960
    ) -> HTML? {
        let fitted = (focus?.isEmpty == false ? focus : nil) ?? areas
        guard let box = GeoBox(fitted.flatMap(\.shape.coordinates)) else { return nil }
        let projection = MapProjection(fitting: box, width: width, maxHeight: width * 0.9)
        let shapes = areas.map { area -> HTML in
            """
            <a href="\(area.link)" aria-label="\(area.name): \(area.openReports) laporan terbuka">\
            <path class="area shade-\(shade(area.openReports))" fill-rule="evenodd" \
            d="\(projection.path(area.shape, tolerance: 1))"><title>\(area.name): \(area.openReports) laporan terbuka</title></path></a>
            """
        }
        // Dots outside the drawn areas' frame (an island beside the mainland) are left out, not clipped.
        let points = dots.compactMap { dot -> HTML? in
            let (x, y) = projection.project(dot.point)
            guard (0...projection.width).contains(x), (0...projection.height).contains(y) else { return nil }
            return """
                <a href="\(Link.report(dot.trackingNumber))" aria-label="Laporan \(dot.trackingNumber)">\
                <circle class="dot tone-\(StatusBadge.tone(dot.status))" cx="\(MapProjection.format(x))" \
                cy="\(MapProjection.format(y))" r="4"><title>\(dot.trackingNumber) · \(StatusBadge.label(dot.status))</title></circle></a>
                """
        }
        // An incident is one marker with its count over its reports' dots, linked to its page.
        let marks = incidents.compactMap { incident -> HTML? in
            let (x, y) = projection.project(incident.point)
            guard (0...projection.width).contains(x), (0...projection.height).contains(y) else { return nil }
            let (cx, cy) = (MapProjection.format(x), MapProjection.format(y))
            let line = incident.line
            return """
                <a href="\(IncidentLine.link(line.id))" aria-label="Insiden \(line.id): \(line.reports) laporan">\
                <circle class="incident" cx="\(cx)" cy="\(cy)" r="14"><title>Insiden #\(line.id) · \(line.category) · \
                \(line.reports) laporan</title></circle><text class="incident-count" x="\(cx)" y="\(cy)" \
                text-anchor="middle" dominant-baseline="central">\(line.reports)</text></a>
                """
        }
        return svg(
            projection, role: "group", label: "Peta wilayah: kelurahan dan laporan terbuka", shapes + points + marks)
    }

    /// Five steps of shading: none, 1–2, 3–5, 6–10, more.
    public static func shade(_ count: Int) -> Int {
        switch count {
        case ...0: 0
        case 1...2: 1
        case 3...5: 2
        case 6...10: 3
        default: 4
        }
    }

    static func svg(_ projection: MapProjection, role: String, label: String, _ parts: [HTML]) -> HTML {
        let width = MapProjection.format(projection.width)
        let height = MapProjection.format(projection.height)
        return """
            <svg class="map" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" \
            role="\(role)" aria-label="\(label)" preserveAspectRatio="xMidYMid meet">\(parts)</svg>
            """
    }
}
