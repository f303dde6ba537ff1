import Hummingbird
import NIOCore

/// A public answer as the cache keeps it: the rendered bytes with their status and type.
struct PublicAnswer: Sendable {
    var status: HTTPResponse.Status = .ok
    var contentType: String
    var body: ByteBuffer
    /// A photo's digest, for `ETag` and `If-None-Match`.
    var tag: String?

    /// The page or document: public and cacheable for as long as the hub keeps it; HTML with the
    /// console's security headers (no script, nothing framed).
    func response(maxAge: Int) -> Response {
        var headers: HTTPFields = [
            .contentType: contentType, .xContentTypeOptions: "nosniff",
            .cacheControl: status == .ok ? "public, max-age=\(maxAge)" : "no-store",
        ]
        if contentType.hasPrefix("text/html") { headers[.contentSecurityPolicy] = ConsolePage.securityPolicy }
        if let tag { headers[.eTag] = "\"\(tag)\"" }
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }
}
