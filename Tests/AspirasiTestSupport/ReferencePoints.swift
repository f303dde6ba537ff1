import AspirasiCore
import AspirasiStore
import Foundation

/// Points with known answers, taken from the shipped reference data itself.
public enum ReferencePoints {
    public struct Kelurahan: Sendable {
        public let code: String
        public let name: String
        public let kotaCode: String
        public let label: GeoPoint
    }

    /// Monas, in Gambir (31.71.01.1001), the check the data's README gives.
    public static func monas() throws -> GeoPoint { try GeoPoint(latitude: -6.1754, longitude: 106.8272) }

    /// City centres just outside DKI Jakarta, which belong to no kelurahan of it.
    public static func outside() throws -> [(name: String, point: GeoPoint)] {
        try [
            ("Bogor", -6.5950, 106.8167), ("Depok", -6.4025, 106.7942), ("Tangerang", -6.1783, 106.6319),
            ("Bekasi", -6.2349, 106.9920),
        ].map { ($0.0, try GeoPoint(latitude: $0.1, longitude: $0.2)) }
    }

    /// Every kelurahan with its label point, read from the shipped GeoJSON.
    public static func kelurahan() throws -> [Kelurahan] {
        struct Collection: Decodable {
            struct Feature: Decodable {
                struct Properties: Decodable {
                    let code: String
                    let name: String
                    let kota_code: String
                    let label_point: [Double]
                }
                let properties: Properties
            }
            let features: [Feature]
        }
        let files = try ReferenceFiles.locate()
        let data = try Data(contentsOf: files.directory.appendingPathComponent("jakarta_kelurahan.geojson"))
        return try JSONDecoder().decode(Collection.self, from: data).features.map {
            let p = $0.properties
            return Kelurahan(
                code: p.code, name: p.name, kotaCode: p.kota_code,
                label: try GeoPoint(latitude: p.label_point[1], longitude: p.label_point[0]))
        }
    }
}
