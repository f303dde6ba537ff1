import AspirasiStore
import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import PostgresNIO

/// The JSON answer of `POST /api/v1/messages`.
struct IntakeAnswer: Decodable {
    struct Ref: Decodable {
        let code: String
        let name: String
    }
    let tracking_number: String
    let status: String?
    let category: String?
    let kelurahan: Ref?
    let duplicate_of: String?
    let created: Bool
    let outcome: String
}

extension LiveHub {
    /// Issues a partner key straight in the hub's database.
    func partnerKey(_ name: String = "test-partner") async throws -> String {
        try await APIKeyStore(database).issue(name: name).key
    }

    /// Posts `fields` as JSON to the partner API.
    func postMessage(_ fields: [String: any Sendable], key: String?) async throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: fields)
        var headers: HTTPFields = [.contentType: "application/json"]
        if let key { headers[.authorization] = "Bearer \(key)" }
        return try await http.execute(
            uri: "/api/v1/messages", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    /// Posts `fields` on a connection of its own (AsyncHTTPClient's pool, eight at once), as separate citizens'
    /// apps would: the test client has one connection, which answers its requests one after another, each
    /// within 15 s of being sent.
    func submitConcurrently(_ fields: [String: any Sendable], key: String) async throws -> IntakeAnswer {
        guard let port = http.port else { throw HubTestError.unexpected("the hub is not live") }
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/messages")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: fields)))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .created || response.status == .ok else {
            throw HubTestError.unexpected("\(response.status): \(String(buffer: body))")
        }
        return try JSONDecoder().decode(IntakeAnswer.self, from: Data(buffer: body))
    }

    func submit(_ fields: [String: any Sendable], key: String) async throws -> IntakeAnswer {
        let response = try await postMessage(fields, key: key)
        guard response.status == .created || response.status == .ok else {
            throw HubTestError.unexpected("\(response.status): \(String(buffer: response.body))")
        }
        return try JSONDecoder().decode(IntakeAnswer.self, from: Data(buffer: response.body))
    }

    func count(_ sql: String) async throws -> Int {
        try await database.count(PostgresQuery(unsafeSQL: sql))
    }

    /// The first column of the first row as text; nil when there is no row or it is NULL.
    func text(_ sql: String) async throws -> String? {
        for try await value in try await database.query(PostgresQuery(unsafeSQL: sql)).decode(String?.self) {
            return value
        }
        return nil
    }
}

enum HubTestError: Error {
    case unexpected(String)
}

/// A message in Gambir near Monas, with whatever the test changes.
func message(_ id: String, _ overrides: [String: any Sendable] = [:]) -> [String: any Sendable] {
    var fields: [String: any Sendable] = [
        "channel": "api", "external_id": id, "author": "+6281200000001", "author_name": "Warga Gambir",
        "text": "Jalan berlubang besar di depan halte, bahaya untuk motor", "lat": -6.1754, "lon": 106.8272,
    ]
    for (key, value) in overrides { fields[key] = value }
    return fields
}
