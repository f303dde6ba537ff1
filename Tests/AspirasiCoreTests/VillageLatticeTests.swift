import AspirasiCore
import Testing

/// The generated national geography the locate benchmark runs on: villages tile their province
/// without overlaps, and the index answers for every one of them as a plain scan over all polygons
/// does. 20,000 villages here; `make bench-national` runs the full 83,762.
@Suite struct VillageLatticeTests {
    static let codes: [String] = [11, 33, 35, 52, 62, 73, 81, 94].flatMap { province in
        (0..<2_500).map { index in
            "\(province).\(pad(index / 500 + 1, 2)).\(pad(index / 100 % 5 + 1, 2)).\(pad(2001 + index % 100, 4))"
        }
    }
    static let villages = VillageLattice().villages(codes)
    static let index = KelurahanIndex(
        shapes: villages.map { KelurahanShape(code: $0.code, rings: [$0.ring]) })

    static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    @Test func everyVillageHasAPolygonAndTheSameCodesGiveTheSamePolygons() {
        #expect(Self.villages.count == Self.codes.count)
        #expect(Set(Self.villages.map(\.code)) == Set(Self.codes))
        let again = VillageLattice().villages(Self.codes)
        #expect(again.map(\.ring.longitudes) == Self.villages.map(\.ring.longitudes))
        #expect(Self.villages.allSatisfy { $0.ring.longitudes.count == 37 })
    }

    @Test func eachVillagesLabelPointIsLocatedInIt() throws {
        var wrong: [String] = []
        for village in Self.villages {
            let point = try GeoPoint(latitude: village.labelLatitude, longitude: village.labelLongitude)
            if Self.index.kelurahan(at: point) != village.code { wrong.append(village.code) }
        }
        #expect(wrong.isEmpty, "\(wrong.count) label points elsewhere, e.g. \(wrong.prefix(5))")
    }

    /// Random points over every island box: at most one village holds each (no overlaps), and the
    /// index says what a scan of every polygon says.
    @Test func randomPointsAgreeWithAScanOfEveryPolygon() throws {
        let boxes = Self.villages.map { village in
            (
                west: village.ring.longitudes.min() ?? 0, east: village.ring.longitudes.max() ?? 0,
                south: village.ring.latitudes.min() ?? 0, north: village.ring.latitudes.max() ?? 0
            )
        }
        var random = SplitMix(seed: 17)
        var held = 0
        for island in VillageLattice.islands {
            for _ in 0..<150 {
                let lon = island.west + random.unit() * (island.east - island.west)
                let lat = island.south + random.unit() * (island.north - island.south)
                var holders: [String] = []
                for (village, box) in zip(Self.villages, boxes)
                where box.west <= lon && lon <= box.east && box.south <= lat && lat <= box.north
                    && Self.contains(village.ring, lon: lon, lat: lat)
                {
                    holders.append(village.code)
                }
                #expect(holders.count <= 1, "villages overlap at \(lat), \(lon): \(holders)")
                let found = Self.index.kelurahan(at: try GeoPoint(latitude: lat, longitude: lon))
                if let holder = holders.first {
                    held += 1
                    #expect(found == holder, "at \(lat), \(lon)")
                }
            }
        }
        #expect(held > 600, "most points fall in some village: \(held) of 1,050")
    }

    /// Even-odd crossings, written apart from the index's own test.
    static func contains(_ ring: KelurahanShape.Ring, lon: Double, lat: Double) -> Bool {
        var inside = false
        let xs = ring.longitudes
        let ys = ring.latitudes
        for i in 1..<xs.count where (ys[i - 1] > lat) != (ys[i] > lat) {
            let x = xs[i - 1] + (lat - ys[i - 1]) / (ys[i] - ys[i - 1]) * (xs[i] - xs[i - 1])
            if lon < x { inside.toggle() }
        }
        return inside
    }
}

/// A small seeded generator, so the random points are the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func unit() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
}
