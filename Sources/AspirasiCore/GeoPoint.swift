import Foundation

/// A WGS84 position. Stored in PostGIS as `POINT(lon lat)`, SRID 4326.
public struct GeoPoint: Hashable, Sendable, Codable {
    public let latitude: Double
    public let longitude: Double

    /// Fails when either coordinate is not a finite number in its range.
    public init(latitude: Double, longitude: Double) throws(CoordinateError) {
        guard latitude.isFinite, (-90...90).contains(latitude) else { throw .latitudeOutOfRange }
        guard longitude.isFinite, (-180...180).contains(longitude) else { throw .longitudeOutOfRange }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Many apps send 0,0 when they have no fix; it is never a real report in Indonesia.
    public var isNullIsland: Bool { latitude == 0 && longitude == 0 }

    /// Great-circle distance in metres (haversine on a sphere of the Earth's mean radius).
    public func distance(to other: GeoPoint) -> Double {
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians
        let dLon = (other.longitude - longitude) * radians
        let a =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6_371_008.8 * asin(min(1, a.squareRoot()))
    }
}

public enum CoordinateError: Error, Equatable, Sendable {
    case latitudeOutOfRange
    case longitudeOutOfRange
}
