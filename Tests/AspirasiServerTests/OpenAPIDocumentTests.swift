import AspirasiTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing

@testable import AspirasiServer

/// The OpenAPI document (`Sources/AspirasiServer/OpenAPI/openapi.json`) describes exactly the routes under
/// `/api/v1` that the route table holds, each with the authentication the table gives it. A route added to
/// `Routes.swift` fails here until it is described. (`scripts/schemathesis.sh` checks the answers.)
@Suite struct OpenAPIDocumentTests {
    static let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

    /// The hub's router with a database client that never connects: these tests use no route that queries.
    static func router() -> Router<HubRequestContext> {
        let unused = PostgresClient(
            configuration: .init(unixSocketPath: "/nonexistent", username: "unused", password: nil, database: nil),
            backgroundLogger: .quiet)
        return buildRouter(HubDependencies(client: unused, logger: .quiet))
    }

    /// The routes under `/api/v1`, as `METHOD /path` with `{name}` captures, like the document's.
    static func routes() -> Set<String> {
        Set(router().routes.filter { "\($0.path)".hasPrefix("/api/v1") }.map { "\($0.method) \($0.path)" })
    }

    static func document() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(PackageResources.openapi_json))
        return try #require(value as? [String: Any])
    }

    /// Every operation of the document as `METHOD /path`, with its security requirements (nil: the global ones).
    static func operations(_ document: [String: Any]) throws -> [String: [[String: Any]]?] {
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var operations: [String: [[String: Any]]?] = [:]
        for (path, item) in paths {
            for method in methods {
                guard let operation = item[method] as? [String: Any] else { continue }
                operations["\(method.uppercased()) \(path)"] = operation["security"] as? [[String: Any]]
            }
        }
        return operations
    }

    @Test func everyRouteIsDescribedAndEveryDescriptionIsARoute() throws {
        let routes = Self.routes()
        let described = Set(try Self.operations(try Self.document()).keys)
        #expect(routes.count >= 30, "the router listed only \(routes.count) routes under /api/v1")
        #expect(
            routes.subtracting(described).isEmpty,
            "describe these routes in Sources/AspirasiServer/OpenAPI/openapi.json: \(routes.subtracting(described).sorted())"
        )
        #expect(
            described.subtracting(routes).isEmpty,
            "the document describes routes the router does not have: \(described.subtracting(routes).sorted())")
    }

    /// Open routes declare no security; every other declares some (the global officer bearer, or its own).
    @Test func theDocumentDeclaresTheAuthenticationOfEachRoute() throws {
        let document = try Self.document()
        #expect(document["openapi"] as? String == "3.1.0")
        let global = try #require(document["security"] as? [[String: Any]])
        #expect(global.first?.keys.first == "officerBearer")
        for (operation, security) in try Self.operations(document) {
            let requirements = security ?? global
            if Routes.open.contains(operation) {
                #expect(requirements.isEmpty, "\(operation) is open but the document asks for \(requirements)")
            } else {
                #expect(!requirements.isEmpty, "\(operation) needs credentials but the document asks for none")
            }
        }
        let partner = try Self.operations(document)["POST /api/v1/messages"] ?? nil
        #expect(partner?.first?.keys.first == "partnerKey")
    }

    @Test func theHubServesTheDocument() async throws {
        let app = Application(router: Self.router())
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(Array(response.body.readableBytesView) == PackageResources.openapi_json)
            let served = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            #expect((served as? [String: Any])?["openapi"] as? String == "3.1.0")
        }
    }
}
