import AspirasiCore
import Foundation

extension ReferenceData {
    private struct FeatureCollection: Decodable {
        var features: [Feature]
    }

    private struct Feature: Decodable {
        struct Properties: Decodable {
            var code: String
            var name: String
            var label_point: [Double]?
        }
        var properties: Properties
        var geometry: Geometry
    }

    private struct Geometry: Codable {
        var type: String
        var coordinates: [[[[Double]]]]
    }

    /// Reads the kelurahan polygons and checks each against the region list.
    static func kelurahanAreas(_ data: Data, regions: [UnitRow]) throws(StoreError) -> [AreaRow] {
        let collection: FeatureCollection
        do {
            collection = try JSONDecoder().decode(FeatureCollection.self, from: data)
        } catch {
            throw StoreError(
                .referenceData, "jakarta_kelurahan.geojson is not a MultiPolygon FeatureCollection: \(error)")
        }
        let kelurahan = Set(regions.filter { $0.kind == .kelurahan }.map(\.code))
        let encoder = JSONEncoder()
        var areas: [AreaRow] = []
        for feature in collection.features {
            let code = feature.properties.code
            guard kelurahan.contains(code) else {
                throw StoreError(.referenceData, "kelurahan \(code) in the GeoJSON is not in jakarta_regions.csv")
            }
            guard feature.geometry.type == "MultiPolygon",
                let json = try? String(decoding: encoder.encode(feature.geometry), as: UTF8.self)
            else { throw StoreError(.referenceData, "kelurahan \(code) has no MultiPolygon geometry") }
            let label = feature.properties.label_point ?? []
            guard label.count == 2 else { throw StoreError(.referenceData, "kelurahan \(code) has no label_point") }
            areas.append(AreaRow(code: code, geometryJSON: json, labelLongitude: label[0], labelLatitude: label[1]))
        }
        guard areas.count == kelurahan.count else {
            throw StoreError(
                .referenceData,
                "the GeoJSON has \(areas.count) kelurahan but jakarta_regions.csv has \(kelurahan.count)")
        }
        return areas
    }
}
