import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

/// Gambir, where `message(...)` reports land, and a neighbour outside its scope.
let gambir = "31.71.01.1001"
let cideng = "31.71.01.1002"
let kecamatanGambir = "31.71.01"

extension LiveHub {
    /// Creates an account straight in the database (bcrypt at a low cost, for speed) and signs in over HTTP.
    func signIn(_ username: String, unit: String, role: Role) async throws -> String {
        let hash = try await PasswordHasher(cost: 4).hash("rahasia-\(username)")
        _ = try await OfficerStore(database).create(
            username: username, displayName: username, unitCode: unit, role: role, passwordHash: hash)
        let body = try JSONSerialization.data(withJSONObject: ["username": username, "password": "rahasia-\(username)"])
        let response = try await http.execute(
            uri: "/api/v1/auth/login", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(bytes: body))
        guard response.status == .created,
            let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any],
            let token = json["token"] as? String
        else { throw HubTestError.unexpected("login \(username): \(response.status) \(String(buffer: response.body))") }
        return token
    }

    /// A new report in Gambir from the partner API; returns its tracking number.
    func newReport(_ id: String, _ overrides: [String: any Sendable] = [:]) async throws -> String {
        try await submit(message(id, overrides), key: try await partnerKey("partner-\(id)")).tracking_number
    }

    func act(_ token: String?, _ number: String, _ action: String, _ fields: [String: any Sendable] = [:])
        async throws -> TestResponse
    {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await http.execute(
            uri: "/api/v1/reports/\(number)/\(action)", method: .post, headers: headers,
            body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: fields)))
    }

    /// Any method with an optional JSON body.
    func send(_ token: String?, _ method: HTTPRequest.Method, _ uri: String, _ fields: [String: any Sendable]? = nil)
        async throws -> TestResponse
    {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        let body = try fields.map { ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: $0)) }
        return try await http.execute(uri: uri, method: method, headers: headers, body: body)
    }

    func get(_ token: String?, _ uri: String) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await http.execute(uri: uri, method: .get, headers: headers, body: nil)
    }

    func uploadPhoto(_ token: String, _ number: String, bytes: [UInt8] = tinyJPEG) async throws -> TestResponse {
        try await http.execute(
            uri: "/api/v1/reports/\(number)/photos", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "image/jpeg"], body: ByteBuffer(bytes: bytes))
    }

    func status(of number: String) async throws -> String {
        for try await status in try await database.query(
            "SELECT status FROM reports WHERE tracking_number = \(number)"
        ).decode(String.self) { return status }
        throw HubTestError.unexpected("no report \(number)")
    }
}

/// The start of a JPEG: enough for the type check, which reads the bytes, not the header.
let tinyJPEG: [UInt8] =
    [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01] + Array(repeating: 0, count: 64)

func json(_ response: TestResponse) throws -> [String: Any] {
    (try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:]
}
