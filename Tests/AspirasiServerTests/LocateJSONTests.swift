import AspirasiCore
import Foundation
import Testing

@testable import AspirasiServer

/// `GET /api/v1/locate` writes its JSON with the hub's own `JSON` writer for speed: it must be the
/// document the hub's `JSONEncoder` writes (byte for byte for ordinary names; the same values where
/// the two escape differently, as "/" which the encoder writes as "\/").
@Suite struct LocateJSONTests {
    static func encoded(_ located: LocateRoutes.Located) throws -> String {
        String(decoding: try HubJSON.encoder.encode(located), as: UTF8.self)
    }

    static func parsed(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    static func located(name: String, lat: Double = -6.1754, lon: Double = 106.8272) -> LocateRoutes.Located {
        LocateRoutes.Located(
            point: .init(lat: lat, lon: lon), kelurahan: UnitRef(code: "31.71.01.1001", name: name),
            kecamatan: UnitRef(code: "31.71.01", name: "Gambir"), kota: UnitRef(code: "31.71", name: name),
            provinsi: UnitRef(code: "31", name: "DKI Jakarta"))
    }

    @Test(arguments: ["Gambir", "Kota \"Lama\"", "Back\\slash", "Tab\there", "Line\nbreak", "Kebon Jeruk ✓"])
    func ordinaryNamesAreWrittenByteForByte(name: String) throws {
        let located = Self.located(name: name)
        #expect(located.json == (try Self.encoded(located)))
    }

    @Test(arguments: ["Kota / Tua", "Bell\u{07}", "Form\u{0C}feed"])
    func otherNamesCarryTheSameValues(name: String) throws {
        let located = Self.located(name: name)
        #expect(try Self.parsed(located.json) == (try Self.parsed(try Self.encoded(located))))
    }

    @Test(arguments: [(-6.1754, 106.8272), (-6.0, 106.0), (-6.123456789012, 106.1), (0.00001, -0.5)])
    func coordinatesAreWrittenAsTheEncoderWritesThem(lat: Double, lon: Double) throws {
        let located = Self.located(name: "Gambir", lat: lat, lon: lon)
        #expect(located.json == (try Self.encoded(located)))
    }
}
