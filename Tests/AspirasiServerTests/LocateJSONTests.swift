import AspirasiCore
import Foundation
import Testing

@testable import AspirasiServer

/// `GET /api/v1/locate` writes its JSON by hand for speed: it must be the document the hub's
/// `JSONEncoder` writes, byte for byte, names that need escaping included.
@Suite struct LocateJSONTests {
    @Test(arguments: [
        "Gambir", "Kota \"Lama\" / Tua", "Back\\slash", "Tab\there", "Line\nbreak", "Bell\u{07}", "Kebon Jeruk ✓",
    ])
    func handWrittenIsWhatTheEncoderWrites(name: String) throws {
        let located = LocateRoutes.Located(
            point: .init(lat: -6.1754, lon: 106.8272), kelurahan: UnitRef(code: "31.71.01.1001", name: name),
            kecamatan: UnitRef(code: "31.71.01", name: "Gambir"), kota: UnitRef(code: "31.71", name: name),
            provinsi: UnitRef(code: "31", name: "DKI Jakarta"))
        let encoded = String(decoding: try HubJSON.encoder.encode(located), as: UTF8.self)
        #expect(located.json == encoded)
    }

    @Test(arguments: [(-6.1754, 106.8272), (-6.0, 106.0), (-6.123456789012, 106.1), (0.00001, -0.5)])
    func coordinatesAreWrittenAsTheEncoderWritesThem(lat: Double, lon: Double) throws {
        let area = UnitRef(code: "31", name: "DKI Jakarta")
        let located = LocateRoutes.Located(
            point: .init(lat: lat, lon: lon), kelurahan: area, kecamatan: area, kota: area, provinsi: area)
        #expect(located.json == String(decoding: try HubJSON.encoder.encode(located), as: UTF8.self))
    }

    @Test func numbersKeepTheirDigits() {
        #expect(JSONText.number(-6.1754) == "-6.1754")
        #expect(JSONText.number(106.0) == "106")
        #expect(JSONText.number(.nan) == "null")
    }
}
