import AspirasiCore

/// The public map: each kelurahan shaded by its reports still open, from any month (the console map's steps),
/// with its open and finished counts as text. No report is drawn as a point: a point could lead to a door.
public enum PublicMap {
    public struct Area: Sendable {
        public let name: String
        public let shape: GeoShape
        public let open: Int
        public let finished: Int

        public init(name: String, shape: GeoShape, open: Int, finished: Int) {
            self.name = name
            self.shape = shape
            self.open = open
            self.finished = finished
        }
    }

    public static func picture(_ areas: [Area], width: Double = 960) -> HTML? {
        guard let box = GeoBox(areas.flatMap(\.shape.coordinates)) else { return nil }
        let projection = MapProjection(fitting: box, width: width, maxHeight: width * 0.9)
        let shapes = areas.map { area -> HTML in
            """
            <path class="area shade-\(MapPictures.shade(area.open))" fill-rule="evenodd" \
            d="\(projection.path(area.shape, tolerance: 1))"><title>\(area.name): \(area.open) belum selesai, \
            \(area.finished) selesai</title></path>
            """
        }
        return MapPictures.svg(
            projection, role: "img", label: "Peta kelurahan: laporan bulan ini yang belum selesai", shapes)
    }

    /// The shading steps as the legend writes them.
    static let legend: [(step: Int, label: String)] = [
        (0, "0"), (1, "1–2"), (2, "3–5"), (3, "6–10"), (4, "lebih dari 10"),
    ]
}
