import Hummingbird
import NIOCore

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of `/api/v1`.
///
/// The document is `openapi.json` beside this file, compiled into the executable (SwiftPM's
/// `embedInCode`), so the hub serves it with no file to find at run time. `OpenAPIDocumentTests`
/// holds it to the route table; `scripts/schemathesis.sh` holds the live hub's answers to it.
struct OpenAPIRoutes: Sendable {
    static let bytes = ByteBuffer(bytes: PackageResources.openapi_json)

    /// `GET /api/v1/openapi.json`.
    @Sendable func document(_ request: Request, context: HubRequestContext) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: Self.bytes))
    }
}
