import AspirasiStore
import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import PostgresNIO
import Testing

@Suite struct HealthAndMetricsTests {
    @Test func healthIsOKWhileTheDatabaseAnswers() async throws {
        try await withLiveHub { hub in
            let http = hub.http
            let response = try await http.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains(#""database":"up""#))
        }
    }

    @Test func healthIs503WhenTheDatabaseIsDown() async throws {
        let root = try TemporaryDirectory.make(prefix: "aspirasi-nodb")
        defer { try? FileManager.default.removeItem(at: root) }
        let nowhere = PostgresClient.Configuration(
            unixSocketPath: root.appendingPathComponent(".s.PGSQL.5432").path, username: "nobody", password: nil,
            database: "none")
        try await withLiveHub(database: nowhere) { hub in
            let http = hub.http
            let response = try await http.execute(uri: "/health", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(String(buffer: response.body).contains(#""database":"down""#))
        }
    }

    @Test func metricsCountRequestsByRoute() async throws {
        try await withLiveHub { hub in
            let http = hub.http
            for _ in 0..<3 { _ = try await http.execute(uri: "/api/v1/locate?lat=-6.1754&lon=106.8272", method: .get) }
            _ = try await http.execute(uri: "/api/v1/locate?lat=x&lon=1", method: .get)
            let response = try await http.execute(uri: "/metrics", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let text = String(buffer: response.body)
            #expect(text.contains(#"aspirasi_http_requests_total{method="GET",route="/api/v1/locate",status="200"} 3"#))
            #expect(text.contains(#"aspirasi_http_requests_total{method="GET",route="/api/v1/locate",status="400"} 1"#))
            #expect(text.contains("aspirasi_http_request_duration_seconds_bucket"))
        }
    }
}
