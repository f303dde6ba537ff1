import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A browser's side of the console in tests: its cookies and the CSRF token of its session.
struct ConsoleBrowser: Sendable {
    let hub: LiveHub
    var cookies: [String: String] = [:]
    var csrf = ""

    init(_ hub: LiveHub) {
        self.hub = hub
    }

    var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }

    /// Creates the account (bcrypt at a low cost) and signs in through the console's form.
    static func signIn(_ hub: LiveHub, _ username: String, unit: String, role: Role) async throws -> ConsoleBrowser {
        let hash = try await PasswordHasher(cost: 4).hash("rahasia-\(username)")
        _ = try await OfficerStore(hub.database).create(
            username: username, displayName: username, unitCode: unit, role: role, passwordHash: hash)
        var browser = ConsoleBrowser(hub)
        let page = try await browser.get("/console/login")
        guard page.status == .ok else { throw HubTestError.unexpected("login page: \(page.status)") }
        let answer = try await browser.post(
            "/console/login", ["username": username, "password": "rahasia-\(username)"])
        guard answer.status == .seeOther, browser.cookies["aspirasi_session"] != nil else {
            throw HubTestError.unexpected("console login \(username): \(answer.status)")
        }
        _ = try await browser.get("/console/reports")
        return browser
    }

    mutating func get(_ uri: String) async throws -> TestResponse {
        let response = try await hub.http.execute(
            uri: uri, method: .get, headers: cookies.isEmpty ? [:] : [.cookie: cookieHeader], body: nil)
        remember(response)
        return response
    }

    /// Posts a URL-encoded form with this browser's CSRF token unless `csrf` says otherwise.
    mutating func post(_ uri: String, _ fields: [String: String], csrf: String?? = .none) async throws -> TestResponse {
        var all = fields
        switch csrf {
        case .none: all["csrf_token"] = self.csrf
        case .some(.some(let token)): all["csrf_token"] = token
        case .some(.none): break
        }
        let body = all.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if !cookies.isEmpty { headers[.cookie] = cookieHeader }
        let response = try await hub.http.execute(
            uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Posts a multipart form with one file field.
    mutating func postMultipart(_ uri: String, _ fields: [String: String], file: (name: String, bytes: [UInt8])?)
        async throws -> TestResponse
    {
        let boundary = "----aspirasi-test-boundary"
        var body = ByteBuffer()
        for (name, value) in fields.merging(["csrf_token": csrf], uniquingKeysWith: { a, _ in a }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let file {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"tl.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n")
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        let response = try await hub.http.execute(
            uri: uri, method: .post,
            headers: [.contentType: "multipart/form-data; boundary=\(boundary)", .cookie: cookieHeader], body: body)
        remember(response)
        return response
    }

    /// Keeps the cookies a response sets (and drops expired ones) and the CSRF token of a page.
    mutating func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 || pair.count == 1 else { continue }
            let name = String(pair[0])
            let value = pair.count == 2 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        let html = String(buffer: response.body)
        if let match = html.firstMatch(of: /name="csrf_token" value="([^"]+)"/) { csrf = String(match.1) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}

extension TestResponse {
    var html: String { String(buffer: body) }
    var location: String? { headers[.location] }
}
