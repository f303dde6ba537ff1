import Foundation

/// Lon/lat to SVG pixels: equirectangular, with longitudes shrunk by the cosine of the middle
/// latitude so that shapes keep their proportions (at Jakarta's 6° S the correction is under 1 %,
/// but the same code draws any province), fitted into a width and at most a height, north up.
public struct MapProjection: Sendable {
    public let width: Double
    public let height: Double
    let box: GeoBox
    let lonScale: Double
    let scale: Double
    let offsetX: Double
    let padding: Double

    /// Fits `box` into `width` × at most `maxHeight` pixels with `padding` on every side.
    public init(fitting box: GeoBox, width: Double, maxHeight: Double, padding: Double = 8) {
        let middle = (box.minLat + box.maxLat) / 2 * Double.pi / 180
        let lonScale = cos(middle)
        // A single point or a line still gets an area around it.
        let spanX = max((box.maxLon - box.minLon) * lonScale, 0.002)
        let spanY = max(box.maxLat - box.minLat, 0.002)
        let scale = min((width - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY)
        var centred = box
        let extraLon = (spanX / lonScale - (box.maxLon - box.minLon)) / 2
        let extraLat = (spanY - (box.maxLat - box.minLat)) / 2
        centred.minLon -= extraLon
        centred.maxLon += extraLon
        centred.minLat -= extraLat
        centred.maxLat += extraLat
        self.box = centred
        self.lonScale = lonScale
        self.scale = scale
        self.padding = padding
        self.width = width
        self.height = (spanY * scale + 2 * padding).rounded(.up)
        self.offsetX = (width - spanX * scale) / 2
    }

    public func project(_ point: GeoCoordinate) -> (x: Double, y: Double) {
        (offsetX + (point.lon - box.minLon) * lonScale * scale, padding + (box.maxLat - point.lat) * scale)
    }

    /// The SVG path data of a shape (draw with `fill-rule="evenodd"` so holes stay open). Points
    /// closer than `tolerance` pixels to the last one kept are dropped: a kelurahan drawn 40 px wide
    /// does not need its thousand vertices.
    public func path(_ shape: GeoShape, tolerance: Double = 0) -> String {
        var out = ""
        for polygon in shape.polygons {
            for ring in polygon {
                let points = simplify(ring.map(project), tolerance: tolerance)
                guard let first = points.first else { continue }
                out += "M" + Self.format(first.x) + "," + Self.format(first.y)
                for point in points.dropFirst() {
                    out += "L" + Self.format(point.x) + "," + Self.format(point.y)
                }
                out += "Z"
            }
        }
        return out
    }

    func simplify(_ points: [(x: Double, y: Double)], tolerance: Double) -> [(x: Double, y: Double)] {
        guard tolerance > 0, points.count > 3 else { return points }
        var kept = [points[0]]
        for point in points.dropFirst() {
            let last = kept[kept.count - 1]
            if hypot(point.x - last.x, point.y - last.y) >= tolerance { kept.append(point) }
        }
        // A ring smaller than the tolerance still shows as a speck, not nothing.
        return kept.count >= 3 ? kept : Array(points.prefix(3))
    }

    /// One decimal: a tenth of a pixel is finer than any screen shows.
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let whole = Int(tenths)
        let sign = whole < 0 ? "-" : ""
        let magnitude = abs(whole)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
