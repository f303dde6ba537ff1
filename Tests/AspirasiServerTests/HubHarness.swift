import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresNIO
import Prometheus

/// What a test of the live hub gets: an HTTP client, the hub's database and its metrics.
struct LiveHub: Sendable {
    let http: any TestClientProtocol
    let database: PostgresClient
    let metrics: PrometheusCollectorRegistry
    let databaseConfiguration: PostgresClient.Configuration
}

/// Runs the real application over live HTTP on a free port, against a fresh database.
func withLiveHub<T: Sendable>(
    database: PostgresClient.Configuration? = nil, http: HTTPLimits = .forTests,
    configure: (inout HubDependencies) -> Void = { _ in }, hub: HubConfiguration? = nil,
    _ body: @Sendable (LiveHub) async throws -> T
) async throws -> T {
    try await LiveHubSlots.shared.withSlot {
        try await runLiveHub(database: database, http: http, configure: configure, hub: hub, body)
    }
}

extension HTTPLimits {
    /// The test client opens its one connection as the hub starts and may first use it long after
    /// (once a gateway has started), later than the production header and idle timeouts allow.
    static var forTests: HTTPLimits {
        var limits = HTTPLimits()
        limits.headerTimeout = .seconds(600)
        limits.idleTimeout = .seconds(600)
        return limits
    }
}

private func runLiveHub<T: Sendable>(
    database: PostgresClient.Configuration?, http: HTTPLimits, configure: (inout HubDependencies) -> Void,
    hub given: HubConfiguration?, _ body: @Sendable (LiveHub) async throws -> T
) async throws -> T {
    let configuration: PostgresClient.Configuration
    if let database { configuration = database } else { configuration = try await TestCluster.shared.freshDatabase() }
    let client = PostgresClient(configuration: configuration, backgroundLogger: .quiet)
    let registry = PrometheusCollectorRegistry()
    var dependencies = HubDependencies(client: client, metrics: registry, logger: .quiet)
    // The photo hosts tests start listen on loopback; every other private address stays refused.
    dependencies.photoFetcher = SafePhotoFetcher(allowedNetworks: [IPNetwork("127.0.0.1/32")].compactMap { $0 })
    // The evaluation's worker would send digests to the contacts a test adds; its tests drive it themselves.
    dependencies.runsEvaluationWorker = false
    // Likewise the incident detector: tests that send many reports of one category would open incidents.
    dependencies.runsIncidentWorker = false
    configure(&dependencies)
    var hub = given ?? HubConfiguration(host: "127.0.0.1", port: 0, database: .embedded(dataDirectory: "/unused"))
    hub.http = http
    let app = buildApplication(hub, dependencies: dependencies, prepareDatabase: false)
    return try await app.test(.live) { http in
        try await body(
            LiveHub(http: http, database: client, metrics: registry, databaseConfiguration: configuration))
    }
}
