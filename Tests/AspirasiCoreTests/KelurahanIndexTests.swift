import AspirasiCore
import Testing

@Suite struct KelurahanIndexShapeTests {
    /// A square ring around (lon, lat) with half-side `half` degrees, closed.
    static func square(_ lon: Double, _ lat: Double, _ half: Double) -> KelurahanShape.Ring {
        KelurahanShape.Ring(
            longitudes: [lon - half, lon + half, lon + half, lon - half, lon - half],
            latitudes: [lat - half, lat - half, lat + half, lat + half, lat - half])
    }

    static let index = KelurahanIndex(shapes: [
        // A kelurahan with a hole, and an island part of it further east.
        KelurahanShape(
            code: "31.71.01.1002",
            rings: [square(106.80, -6.20, 0.01), square(106.80, -6.20, 0.002), square(106.90, -6.20, 0.001)]),
        // Another kelurahan filling the hole exactly.
        KelurahanShape(code: "31.71.01.1003", rings: [square(106.80, -6.20, 0.002)]),
        // Two overlapping kelurahan (a simplification artefact): the smaller code wins.
        KelurahanShape(code: "31.72.01.1002", rings: [square(107.00, -6.20, 0.01)]),
        KelurahanShape(code: "31.72.01.1001", rings: [square(107.01, -6.20, 0.01)]),
    ])

    static func at(_ lat: Double, _ lon: Double) throws -> String? {
        index.kelurahan(at: try GeoPoint(latitude: lat, longitude: lon))
    }

    @Test func holesIslandsAndOverlaps() throws {
        #expect(try Self.at(-6.195, 106.80) == "31.71.01.1002")
        #expect(try Self.at(-6.2, 106.80) == "31.71.01.1003", "inside the hole is the other kelurahan")
        #expect(try Self.at(-6.2, 106.90) == "31.71.01.1002", "the island part")
        #expect(try Self.at(-6.2, 107.005) == "31.72.01.1001", "both hold it: the smaller code")
        #expect(try Self.at(-6.2, 106.95) == nil)
    }

    /// 25 m is the tolerance on the WGS 84 spheroid: at 6.2° S a degree of latitude is 110,590 m, so
    /// 24 m south of the edge is in and 26 m is out.
    @Test func theToleranceIsMeasuredOnTheSpheroid() throws {
        let edge = -6.21
        #expect(try Self.at(edge - 24 / 110_590, 106.80) == "31.71.01.1002")
        #expect(try Self.at(edge - 26 / 110_590, 106.80) == nil)
        // On the sphere of mean radius a degree is 111,195 m: 25.1 m on the spheroid is still out.
        #expect(try Self.at(edge - 25.1 / 110_590, 106.80) == nil)
    }

    @Test func emptyIndexPlacesNothing() throws {
        #expect(KelurahanIndex.empty.kelurahan(at: try GeoPoint(latitude: -6.2, longitude: 106.8)) == nil)
    }
}
