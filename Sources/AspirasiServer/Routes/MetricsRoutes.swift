import Hummingbird
import NIOCore
import Prometheus

/// `GET /metrics` in the Prometheus text exposition format.
struct MetricsRoutes: Sendable {
    let registry: PrometheusCollectorRegistry

    /// `GET /metrics`.
    @Sendable func emit(_ request: Request, context: HubRequestContext) -> Response {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: buffer)))
    }
}
