import Foundation

/// A longitude/latitude pair in WGS84 degrees.
public struct GeoCoordinate: Sendable, Equatable {
    public let lon: Double
    public let lat: Double

    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}

/// A kelurahan's area: polygons, each an outer ring and its holes (GeoJSON order, lon/lat).
public struct GeoShape: Sendable, Equatable {
    public typealias Ring = [GeoCoordinate]
    public let polygons: [[Ring]]

    public init(polygons: [[Ring]]) {
        self.polygons = polygons
    }

    /// A GeoJSON `Polygon` or `MultiPolygon` geometry, as PostGIS's `ST_AsGeoJSON` writes it; nil for anything else.
    public init?(geoJSON: String) {
        guard let geometry = try? JSONDecoder().decode(Geometry.self, from: Data(geoJSON.utf8)) else { return nil }
        let raw: [[[[Double]]]]
        switch geometry.type {
        case "Polygon": raw = geometry.polygon.map { [$0] } ?? []
        case "MultiPolygon": raw = geometry.multiPolygon ?? []
        default: return nil
        }
        let polygons = raw.map { rings in
            rings.map { ring in
                ring.compactMap { pair -> GeoCoordinate? in
                    guard pair.count >= 2, pair[0].isFinite, pair[1].isFinite else { return nil }
                    return GeoCoordinate(lon: pair[0], lat: pair[1])
                }
            }.filter { $0.count >= 3 }
        }.filter { !$0.isEmpty }
        guard !polygons.isEmpty else { return nil }
        self.polygons = polygons
    }

    public var coordinates: [GeoCoordinate] { polygons.flatMap { $0.flatMap { $0 } } }

    private struct Geometry: Decodable {
        let type: String
        let polygon: [[[Double]]]?
        let multiPolygon: [[[[Double]]]]?

        enum CodingKeys: String, CodingKey {
            case type, coordinates
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(String.self, forKey: .type)
            polygon = type == "Polygon" ? try container.decode([[[Double]]].self, forKey: .coordinates) : nil
            multiPolygon =
                type == "MultiPolygon" ? try container.decode([[[[Double]]]].self, forKey: .coordinates) : nil
        }
    }
}

/// The smallest lon/lat rectangle around some coordinates.
public struct GeoBox: Sendable, Equatable {
    public var minLon: Double
    public var minLat: Double
    public var maxLon: Double
    public var maxLat: Double

    public init?(_ coordinates: some Sequence<GeoCoordinate>) {
        var iterator = coordinates.makeIterator()
        guard let first = iterator.next() else { return nil }
        (minLon, maxLon, minLat, maxLat) = (first.lon, first.lon, first.lat, first.lat)
        while let next = iterator.next() {
            minLon = min(minLon, next.lon)
            maxLon = max(maxLon, next.lon)
            minLat = min(minLat, next.lat)
            maxLat = max(maxLat, next.lat)
        }
    }
}
