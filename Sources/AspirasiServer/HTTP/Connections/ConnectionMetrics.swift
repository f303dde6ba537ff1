import Prometheus

/// What the connection guard counts, so an operator sees slow clients and refusals on `/metrics`
/// instead of in a log line per connection.
struct ConnectionMetrics: Sendable {
    let registry: PrometheusCollectorRegistry

    func refused(_ reason: ConnectionLimiter.Refusal) {
        registry.makeCounter(name: "aspirasi_http_connections_refused_total", labels: [("reason", reason.rawValue)])
            .increment()
    }

    /// A request whose `phase` (header or body) did not arrive in time.
    func timedOut(_ phase: String) {
        registry.makeCounter(name: "aspirasi_http_request_timeouts_total", labels: [("phase", phase)]).increment()
    }

    func opened() { registry.makeGauge(name: "aspirasi_http_connections_open").increment() }
    func closed() { registry.makeGauge(name: "aspirasi_http_connections_open").decrement() }
}
