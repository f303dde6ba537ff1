import ChannelKit
import Foundation
import Hummingbird
import NIOCore
import Prometheus

/// `GET /metrics` in the Prometheus text exposition format. With a token
/// (`ASPIRASI_METRICS_TOKEN`) the scraper must send `Authorization: Bearer <token>`: queue depths
/// and per-route counts tell an outsider more than they should.
struct MetricsRoutes: Sendable {
    let registry: PrometheusCollectorRegistry
    var token: String?

    /// `GET /metrics`.
    @Sendable func emit(_ request: Request, context: some RequestContext) throws -> Response {
        if let token {
            let given = request.headers[.authorization].flatMap(Self.bearer) ?? ""
            guard WebhookSignature.constantTimeEqual(Array(given.utf8), Array(token.utf8)) else {
                throw APIError(
                    .unauthorized, code: "unauthorized",
                    message: "the metrics token is required: Authorization: Bearer <token>")
            }
        }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
    }

    static func bearer(_ header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }
}
