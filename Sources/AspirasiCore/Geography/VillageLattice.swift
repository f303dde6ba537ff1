/// A made-up national geography with the real number of villages, for benchmarks and tests of the
/// locate index at Indonesia's scale (83,762 desa and kelurahan): each island group's bounding box is
/// cut into strips, one province each and as wide as its share of the villages, and each strip into a
/// grid of cells, one village each. Cells share their jittered corners and their wavy edges, so
/// neighbours tile without gaps or overlaps, like real village boundaries, and each ring has about as
/// many vertices as Jakarta's simplified kelurahan (median 37). The same codes always give the same
/// polygons.
public struct VillageLattice: Sendable {
    /// An island group's bounding box (degrees) and the province codes placed in it.
    public struct Island: Sendable {
        public let name: String
        public let provinces: ClosedRange<Int>
        public let west: Double
        public let east: Double
        public let south: Double
        public let north: Double
    }

    public struct Village: Sendable {
        public let code: String
        /// One closed ring, counter-clockwise.
        public let ring: KelurahanShape.Ring
        /// A point well inside: the mean of the cell's corners.
        public let labelLongitude: Double
        public let labelLatitude: Double
    }

    /// Approximate boxes of Indonesia's island groups, trimmed so that no two overlap.
    public static let islands: [Island] = [
        Island(name: "Sumatra", provinces: 11...21, west: 95.0, east: 106.0, south: -5.8, north: 6.0),
        Island(name: "Jawa", provinces: 31...36, west: 105.2, east: 114.6, south: -8.8, north: -5.9),
        Island(name: "Bali dan Nusa Tenggara", provinces: 51...53, west: 114.7, east: 125.2, south: -11.0, north: -8.4),
        Island(name: "Kalimantan", provinces: 61...65, west: 108.8, east: 118.7, south: -4.2, north: 4.4),
        Island(name: "Sulawesi", provinces: 71...76, west: 118.8, east: 124.9, south: -6.0, north: 1.9),
        Island(name: "Maluku", provinces: 81...82, west: 125.0, east: 130.8, south: -8.3, north: 2.6),
        Island(name: "Papua", provinces: 91...97, west: 130.9, east: 141.0, south: -9.1, north: -0.2),
    ]

    /// Straight pieces per cell side: 9 gives 36 vertices a ring.
    public let subdivisions: Int
    /// How far (a share of the cell) corners and edge points move from the regular grid.
    static let cornerJitter = 0.25
    static let edgeJitter = 0.08

    public init(subdivisions: Int = 9) {
        self.subdivisions = max(1, subdivisions)
    }

    /// A polygon for every village code (`PP.KK.CC.VVVV`) whose province lies in one of `islands`;
    /// codes of other provinces are left out.
    public func villages(_ codes: [String]) -> [Village] {
        var byProvince: [Int: [String]] = [:]
        for code in codes {
            guard let province = Int(code.prefix(2)), code.count > 2 else { continue }
            byProvince[province, default: []].append(code)
        }
        var villages: [Village] = []
        for island in Self.islands {
            let provinces = island.provinces.filter { byProvince[$0] != nil }
            let total = provinces.reduce(0) { $0 + (byProvince[$1]?.count ?? 0) }
            guard total > 0 else { continue }
            var west = island.west
            for province in provinces {
                let members = (byProvince[province] ?? []).sorted()
                let width = (island.east - island.west) * Double(members.count) / Double(total)
                let strip = Strip(
                    seed: UInt64(province), west: west, east: west + width, south: island.south, north: island.north,
                    count: members.count)
                for (index, code) in members.enumerated() {
                    villages.append(village(code, cell: index, of: strip))
                }
                west += width
            }
        }
        return villages
    }

    /// One province's strip as a grid of `columns` by `rows` cells, filled column by column.
    struct Strip {
        let seed: UInt64
        let west: Double
        let south: Double
        let columns: Int
        let rows: Int
        let cellWidth: Double
        let cellHeight: Double

        init(seed: UInt64, west: Double, east: Double, south: Double, north: Double, count: Int) {
            let side = ((east - west) * (north - south) / Double(max(count, 1))).squareRoot()
            let rows = max(1, Int(((north - south) / side).rounded()))
            let columns = max(1, (count + rows - 1) / rows)
            self.seed = seed
            self.west = west
            self.south = south
            self.rows = rows
            self.columns = columns
            self.cellWidth = (east - west) / Double(columns)
            self.cellHeight = (north - south) / Double(rows)
        }

        /// The jittered lattice corner; the strip's own border stays straight so strips never overlap.
        func corner(_ i: Int, _ j: Int) -> (x: Double, y: Double) {
            var x = west + Double(i) * cellWidth
            var y = south + Double(j) * cellHeight
            if i > 0, i < columns, j > 0, j < rows {
                x += VillageLattice.jitter(seed, 1, i, j) * VillageLattice.cornerJitter * cellWidth
                y += VillageLattice.jitter(seed, 2, i, j) * VillageLattice.cornerJitter * cellHeight
            }
            return (x, y)
        }

        /// The points of the side from corner (i, j) east (`horizontal`) or north, without its ends,
        /// in that direction. Inner sides wave, the strip's border does not.
        func side(_ i: Int, _ j: Int, horizontal: Bool, pieces: Int) -> [(x: Double, y: Double)] {
            let start = corner(i, j)
            let end = horizontal ? corner(i + 1, j) : corner(i, j + 1)
            let border = horizontal ? (j == 0 || j == rows) : (i == 0 || i == columns)
            var points: [(x: Double, y: Double)] = []
            for step in 1..<pieces {
                let t = Double(step) / Double(pieces)
                var x = start.x + t * (end.x - start.x)
                var y = start.y + t * (end.y - start.y)
                if !border {
                    let wave = VillageLattice.jitter(seed, horizontal ? 3 : 4, i * 64 + step, j)
                    if horizontal {
                        y += wave * VillageLattice.edgeJitter * cellHeight
                    } else {
                        x += wave * VillageLattice.edgeJitter * cellWidth
                    }
                }
                points.append((x, y))
            }
            return points
        }
    }

    func village(_ code: String, cell index: Int, of strip: Strip) -> Village {
        let c = index / strip.rows
        let r = index % strip.rows
        let pieces = subdivisions
        var points: [(x: Double, y: Double)] = [strip.corner(c, r)]
        points += strip.side(c, r, horizontal: true, pieces: pieces)
        points.append(strip.corner(c + 1, r))
        points += strip.side(c + 1, r, horizontal: false, pieces: pieces)
        points.append(strip.corner(c + 1, r + 1))
        points += strip.side(c, r + 1, horizontal: true, pieces: pieces).reversed()
        points.append(strip.corner(c, r + 1))
        points += strip.side(c, r, horizontal: false, pieces: pieces).reversed()
        points.append(points[0])
        let corners = [strip.corner(c, r), strip.corner(c + 1, r), strip.corner(c + 1, r + 1), strip.corner(c, r + 1)]
        return Village(
            code: code, ring: .init(longitudes: points.map(\.x), latitudes: points.map(\.y)),
            labelLongitude: corners.reduce(0) { $0 + $1.x } / 4, labelLatitude: corners.reduce(0) { $0 + $1.y } / 4)
    }

    /// A repeatable number in [-1, 1] for the four integers (SplitMix64).
    static func jitter(_ seed: UInt64, _ kind: UInt64, _ i: Int, _ j: Int) -> Double {
        var z = seed &* 0x9E37_79B9_7F4A_7C15 &+ kind &* 0xBF58_476D_1CE4_E5B9
        z =
            z &+ UInt64(bitPattern: Int64(i)) &* 0x94D0_49BB_1331_11EB &+ UInt64(bitPattern: Int64(j))
            &* 0x2545_F491_4F6C_DD1D
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) / Double(1 << 53) * 2 - 1
    }
}
