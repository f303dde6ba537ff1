import AspirasiCore
import Testing

@Suite struct GeoPointTests {
    @Test func acceptsJakarta() throws {
        let monas = try GeoPoint(latitude: -6.1754, longitude: 106.8272)
        #expect(monas.latitude == -6.1754)
        #expect(!monas.isNullIsland)
    }

    @Test func rejectsOutOfRangeAndNonFinite() {
        #expect(throws: CoordinateError.latitudeOutOfRange) { try GeoPoint(latitude: 90.5, longitude: 0) }
        #expect(throws: CoordinateError.latitudeOutOfRange) { try GeoPoint(latitude: .nan, longitude: 0) }
        #expect(throws: CoordinateError.longitudeOutOfRange) { try GeoPoint(latitude: 0, longitude: -181) }
        #expect(throws: CoordinateError.longitudeOutOfRange) { try GeoPoint(latitude: 0, longitude: .infinity) }
    }

    @Test func zeroZeroMeansNoFix() throws {
        #expect(try GeoPoint(latitude: 0, longitude: 0).isNullIsland)
    }
}
