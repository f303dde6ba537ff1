import Hummingbird
import Logging
import Prometheus

/// Counts requests and times them per route pattern (never per raw path, so
/// ids in URLs cannot blow up the number of series), and logs each at debug
/// level the same way: the pattern, never the query string, which can carry
/// an api_key or a citizen's position.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    static var buckets: [Duration] {
        // Sub-millisecond bounds: locate answers from memory, and its target is a p99 under 1 ms.
        [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .seconds(2.5), .seconds(5),
        ]
    }

    let registry: PrometheusCollectorRegistry

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context, status: response.status.code, since: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            record(request, context, status: status, since: start)
            throw error
        }
    }

    private func record(_ request: Request, _ context: Context, status: Int, since start: ContinuousClock.Instant) {
        let route = context.endpointPath ?? "unmatched"
        let method = request.method.rawValue
        let elapsed = ContinuousClock.now - start
        context.logger.debug(
            "request",
            metadata: ["method": "\(method)", "route": "\(route)", "status": "\(status)", "elapsed": "\(elapsed)"])
        registry.makeCounter(
            name: "aspirasi_http_requests_total",
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            name: "aspirasi_http_request_duration_seconds", labels: [("method", method), ("route", route)],
            buckets: Self.buckets
        ).record(elapsed)
    }
}
