/// How long the hub waits for a client and how many connections it keeps
/// open, so that slow or greedy clients (slowloris) cannot hold the server.
public struct HTTPLimits: Sendable, Equatable {
    /// Time for a request's head to arrive: from connecting for a connection's first request, from the
    /// first byte of a later one (`ASPIRASI_HTTP_HEADER_TIMEOUT_SECONDS`).
    public var headerTimeout = Duration.seconds(10)
    /// Time for a request's body to arrive once its head has (`ASPIRASI_HTTP_BODY_TIMEOUT_SECONDS`),
    /// plus a second for every `bodyBytesPerSecond` received, so a large photo over a slow
    /// mobile link still arrives while a trickle of a few bytes a second does not.
    public var bodyTimeout = Duration.seconds(30)
    public var bodyBytesPerSecond = 8 * 1024
    /// How long a kept-alive connection may wait for its next request (`ASPIRASI_HTTP_IDLE_TIMEOUT_SECONDS`).
    public var idleTimeout = Duration.seconds(60)
    /// Connections open at once from one client address (an IPv6 client: its /64); 0: no limit
    /// (`ASPIRASI_HTTP_MAX_CONNECTIONS_PER_ADDRESS`). Behind a proxy every client has the proxy's address.
    public var connectionsPerAddress = 64
    /// Connections open at once in all (`ASPIRASI_HTTP_MAX_CONNECTIONS`).
    public var connections = 4096

    public init() {}
}
