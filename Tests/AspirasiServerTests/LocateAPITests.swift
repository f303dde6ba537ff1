import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite struct LocateAPITests {
    struct Located: Decodable {
        struct Ref: Decodable {
            let code: String
            let name: String
        }
        let kelurahan: Ref
        let kecamatan: Ref
        let kota: Ref
        let provinsi: Ref
    }

    struct ErrorBody: Decodable {
        struct Detail: Decodable {
            let code: String
            let message: String
            let parameter: String?
        }
        let error: Detail
    }

    @Test func locatesMonas() async throws {
        try await withLiveHub { hub in
            let http = hub.http
            let response = try await http.execute(uri: "/api/v1/locate?lat=-6.1754&lon=106.8272", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let body = try JSONDecoder().decode(Located.self, from: Data(buffer: response.body))
            #expect(body.kelurahan.code == "31.71.01.1001")
            #expect(body.kelurahan.name == "Gambir")
            #expect(body.kecamatan.code == "31.71.01")
            #expect(body.kota.code == "31.71")
            #expect(body.provinsi.code == "31")
        }
    }

    @Test func locatesAPointInEachKota() async throws {
        // The first kelurahan of each kota whose label point lies inside it.
        let samples = [
            ("31.01", -5.6122, 106.5740), ("31.71", -6.1754, 106.8272), ("31.72", -6.1380, 106.8650),
            ("31.73", -6.1680, 106.7600), ("31.74", -6.2615, 106.8106), ("31.75", -6.2250, 106.9000),
        ]
        try await withLiveHub { hub in
            let http = hub.http
            for (kota, lat, lon) in samples {
                let response = try await http.execute(uri: "/api/v1/locate?lat=\(lat)&lon=\(lon)", method: .get)
                #expect(response.status == .ok, "\(kota)")
                let body = try? JSONDecoder().decode(Located.self, from: Data(buffer: response.body))
                #expect(body?.kota.code == kota)
            }
        }
    }

    @Test func neighbouringCitiesGet404() async throws {
        try await withLiveHub { hub in
            let http = hub.http
            for (name, point) in try ReferencePoints.outside() {
                let response = try await http.execute(
                    uri: "/api/v1/locate?lat=\(point.latitude)&lon=\(point.longitude)", method: .get)
                #expect(response.status == .notFound, "\(name)")
                let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
                #expect(body.error.code == "outside_area")
                #expect(body.error.message.contains("DKI Jakarta"))
            }
        }
    }

    @Test(arguments: [
        ("lon=106.8", "lat", "missing_parameter"),
        ("lat=-6.2", "lon", "missing_parameter"),
        ("lat=abc&lon=106.8", "lat", "invalid_parameter"),
        ("lat=-6.2&lon=", "lon", "missing_parameter"),
        ("lat=91&lon=106.8", "lat", "invalid_parameter"),
        ("lat=-6.2&lon=181", "lon", "invalid_parameter"),
        ("lat=nan&lon=106.8", "lat", "invalid_parameter"),
        ("lat=-6.2&lon=1e999", "lon", "invalid_parameter"),
    ])
    func badCoordinatesGet400NamingTheParameter(query: String, parameter: String, code: String) async throws {
        try await withLiveHub { hub in
            let http = hub.http
            let response = try await http.execute(uri: "/api/v1/locate?\(query)", method: .get)
            #expect(response.status == .badRequest)
            let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
            #expect(body.error.parameter == parameter)
            #expect(body.error.code == code)
        }
    }

    @Test func unknownRoutesGetAJSON404() async throws {
        try await withLiveHub { hub in
            let http = hub.http
            let response = try await http.execute(uri: "/api/v1/nothing-here", method: .get)
            #expect(response.status == .notFound)
            let body = try JSONDecoder().decode(ErrorBody.self, from: Data(buffer: response.body))
            #expect(body.error.code == "not_found")
        }
    }
}
