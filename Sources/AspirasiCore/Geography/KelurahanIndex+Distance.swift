import Foundation

extension KelurahanIndex {
    /// Metres from `point` to shape `shape` as PostGIS measures geography: the nearest point is found
    /// on the sphere (edges are great-circle arcs), then the distance to it is taken on the WGS 84
    /// spheroid. Nil when no edge comes within the search margin (well beyond the tolerance).
    func distance(from point: GeoPoint, to shape: Int) -> Double? {
        let x = point.longitude
        let y = point.latitude
        let yMargin = Self.latitudeMargin
        let xMargin = yMargin / cos(min(89.0, abs(y) + yMargin) * .pi / 180)
        let p = UnitVector(longitude: x, latitude: y)
        var best: (chord: Double, longitude: Double, latitude: Double)? = nil
        var e = 4 * edgeStart[shape]
        let end = 4 * edgeStart[shape + 1]
        while e < end {
            let x1 = edges[e]
            let y1 = edges[e + 1]
            let x2 = edges[e + 2]
            let y2 = edges[e + 3]
            e += 4
            guard min(x1, x2) - xMargin <= x, x <= max(x1, x2) + xMargin, min(y1, y2) - yMargin <= y,
                y <= max(y1, y2) + yMargin
            else { continue }
            let nearest = UnitVector.nearest(to: p, onArcFrom: (x1, y1), to: (x2, y2))
            if best.map({ nearest.chord < $0.chord }) ?? true { best = nearest }
        }
        guard let best else { return nil }
        return Spheroid.distance(
            fromLongitude: x, latitude: y, toLongitude: best.longitude, latitude: best.latitude)
    }
}

/// A point of the unit sphere, for the nearest point of a great-circle arc.
struct UnitVector {
    var x, y, z: Double

    init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    init(longitude: Double, latitude: Double) {
        let lambda = longitude * .pi / 180
        let phi = latitude * .pi / 180
        self.init(x: cos(phi) * cos(lambda), y: cos(phi) * sin(lambda), z: sin(phi))
    }

    var longitude: Double { atan2(y, x) * 180 / .pi }
    var latitude: Double { atan2(z, (x * x + y * y).squareRoot()) * 180 / .pi }

    func dot(_ o: UnitVector) -> Double { x * o.x + y * o.y + z * o.z }
    func cross(_ o: UnitVector) -> UnitVector {
        UnitVector(x: y * o.z - z * o.y, y: z * o.x - x * o.z, z: x * o.y - y * o.x)
    }
    var squaredLength: Double { x * x + y * y + z * z }
    var length: Double { squaredLength.squareRoot() }
    func scaled(_ k: Double) -> UnitVector { UnitVector(x: x * k, y: y * k, z: z * k) }
    func minus(_ o: UnitVector) -> UnitVector { UnitVector(x: x - o.x, y: y - o.y, z: z - o.z) }

    /// The point of the arc a-b nearest to `p`, with its squared chord from `p` (a cosine near 1 would
    /// lose centimetres to rounding; the chord keeps nanometres). An end point keeps its coordinates
    /// exactly, so two kelurahan sharing a vertex measure the same distance.
    static func nearest(to p: UnitVector, onArcFrom a: (Double, Double), to b: (Double, Double))
        -> (chord: Double, longitude: Double, latitude: Double)
    {
        let va = UnitVector(longitude: a.0, latitude: a.1)
        let vb = UnitVector(longitude: b.0, latitude: b.1)
        let ca = p.minus(va).squaredLength
        let cb = p.minus(vb).squaredLength
        let closerEnd = ca <= cb ? (ca, a.0, a.1) : (cb, b.0, b.1)
        let normal = va.cross(vb)
        let length = normal.length
        guard length > 1e-15 else { return closerEnd }
        let n = normal.scaled(1 / length)
        // The foot of p on the arc's great circle lies on the arc when it is between a and b.
        let foot = p.minus(n.scaled(p.dot(n)))
        let footLength = foot.length
        guard footLength > 1e-15 else { return closerEnd }
        let q = foot.scaled(1 / footLength)
        guard va.cross(q).dot(n) >= 0, q.cross(vb).dot(n) >= 0 else { return closerEnd }
        return (p.minus(q).squaredLength, q.longitude, q.latitude)
    }
}

/// Distances on the WGS 84 spheroid (PostGIS's for SRID 4326).
enum Spheroid {
    static let semiMajorAxis = 6_378_137.0
    static let flattening = 1 / 298.257_223_563
    static let eccentricitySquared = flattening * (2 - flattening)

    /// Metres between two points a few tens of metres apart: the meridian and prime-vertical radii of
    /// curvature at their mean latitude. Off by less than a micrometre at that range, far below what
    /// could change an answer at the 25 m tolerance.
    static func distance(fromLongitude x1: Double, latitude y1: Double, toLongitude x2: Double, latitude y2: Double)
        -> Double
    {
        let radians = Double.pi / 180
        let phi = (y1 + y2) / 2 * radians
        let s = sin(phi)
        let w = (1 - eccentricitySquared * s * s).squareRoot()
        let meridian = semiMajorAxis * (1 - eccentricitySquared) / (w * w * w)
        let primeVertical = semiMajorAxis / w
        let north = meridian * (y2 - y1) * radians
        let east = primeVertical * cos(phi) * (x2 - x1) * radians
        return (north * north + east * east).squareRoot()
    }
}
