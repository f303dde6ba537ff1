/// The kelurahan polygons in memory: which one holds a point, with the same
/// answer as the PostGIS queries it replaces (`ST_Intersects` on the geometry,
/// the smallest code when several hold the point; otherwise the nearest
/// kelurahan within `edgeToleranceMeters` on the WGS 84 spheroid, as
/// `ST_DWithin` and `ST_Distance` on geography measure it).
///
/// Locating is a few microseconds without a database round trip: a packed
/// tree of bounding boxes finds the candidates, then each candidate's edges
/// are tested. The index is immutable; a new import builds a new one.
public struct KelurahanIndex: Sendable {
    /// The shipped polygons are simplified, which leaves slivers between
    /// neighbours and along the shore; a point this close to a kelurahan
    /// still belongs to it.
    public static let edgeToleranceMeters = 25.0

    /// A bounding box grown by this many degrees of latitude holds every point within the tolerance
    /// (25 m is 0.000226 degrees of latitude anywhere); longitude is widened per shape by its latitude.
    static let latitudeMargin = 0.0003

    let codes: [String]
    /// Every edge of shape `s` is `edges[4 * e ..< 4 * e + 4]` (lon1, lat1, lon2, lat2) for `e` in
    /// `edgeStart[s] ..< edgeStart[s + 1]`. Flat arrays keep 83,000 villages in little memory.
    let edges: [Double]
    let edgeStart: [Int]
    let tree: BoxTree

    public static let empty = KelurahanIndex(shapes: [])

    public var count: Int { codes.count }

    public init(shapes: [KelurahanShape]) {
        var codes: [String] = []
        var edges: [Double] = []
        var edgeStart: [Int] = [0]
        var boxes: [BoxTree.Box] = []
        for shape in shapes {
            var box = BoxTree.Box.empty
            for ring in shape.rings {
                let count = min(ring.longitudes.count, ring.latitudes.count)
                guard count >= 2 else { continue }
                for i in 0..<count {
                    box.include(x: ring.longitudes[i], y: ring.latitudes[i])
                    guard i > 0 else { continue }
                    edges += [ring.longitudes[i - 1], ring.latitudes[i - 1], ring.longitudes[i], ring.latitudes[i]]
                }
            }
            guard !box.isEmpty else { continue }
            codes.append(shape.code)
            edgeStart.append(edges.count / 4)
            boxes.append(box.grown(latitudeMargin: Self.latitudeMargin))
        }
        self.codes = codes
        self.edges = edges
        self.edgeStart = edgeStart
        self.tree = BoxTree(boxes: boxes)
    }

    /// The code of the kelurahan holding `point`, or nil when it lies in none
    /// and no kelurahan is within the tolerance.
    public func kelurahan(at point: GeoPoint) -> String? {
        let x = point.longitude
        let y = point.latitude
        var candidates: [Int] = []
        tree.search(x: x, y: y) { candidates.append($0) }
        guard !candidates.isEmpty else { return nil }
        var holder: Int? = nil
        for shape in candidates where covers(shape, x: x, y: y) {
            if holder.map({ codes[shape] < codes[$0] }) ?? true { holder = shape }
        }
        if let holder { return codes[holder] }
        var nearest: (shape: Int, meters: Double)? = nil
        for shape in candidates {
            guard let meters = distance(from: point, to: shape), meters <= Self.edgeToleranceMeters else { continue }
            // Equal distances (a vertex two kelurahan share) go to the smaller code, as the SQL's second key.
            if let best = nearest, meters > best.meters || (meters == best.meters && codes[shape] > codes[best.shape]) {
                continue
            }
            nearest = (shape, meters)
        }
        return nearest.map { codes[$0.shape] }
    }

    /// Inside or on the boundary (`ST_Intersects`): crossings of a ray to the east, counted over every
    /// ring of every part, so holes and islands need no bookkeeping (PostGIS keeps the parts valid).
    func covers(_ shape: Int, x: Double, y: Double) -> Bool {
        var inside = false
        var e = 4 * edgeStart[shape]
        let end = 4 * edgeStart[shape + 1]
        while e < end {
            let x1 = edges[e]
            let y1 = edges[e + 1]
            let x2 = edges[e + 2]
            let y2 = edges[e + 3]
            e += 4
            if (y1 > y) != (y2 > y) {
                let crossing = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
                if crossing == x { return true }
                if x < crossing { inside.toggle() }
            } else if y1 == y, y2 == y, min(x1, x2) <= x, x <= max(x1, x2) {
                return true
            } else if (x1 == x && y1 == y) || (x2 == x && y2 == y) {
                return true
            }
        }
        return inside
    }
}

/// One kelurahan as PostGIS holds it: every ring of every part (shells and
/// holes alike), each closed, in degrees.
public struct KelurahanShape: Sendable {
    public struct Ring: Sendable {
        public let longitudes: [Double]
        public let latitudes: [Double]

        public init(longitudes: [Double], latitudes: [Double]) {
            self.longitudes = longitudes
            self.latitudes = latitudes
        }
    }

    public let code: String
    public let rings: [Ring]

    public init(code: String, rings: [Ring]) {
        self.code = code
        self.rings = rings
    }
}
