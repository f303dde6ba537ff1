import AspirasiCore
import AspirasiStore
import Hummingbird
import HummingbirdAuth

/// Every route of the hub, in one place, with the authentication each group declares.
///
/// - open: health, metrics, locate, Open311 reads;
/// - a partner key: the partner inbound API and Open311 posts (their key travels in the form);
/// - a provider's signature or URL token: the channel webhooks, checked on the raw bytes;
/// - an officer (`Authorization: Bearer`): everything else under `/api/v1`, with role checks as middleware.
/// `RouteTableTests` walks `router.routes` and holds every route that is not in `Routes.open` to its
/// authentication.
enum Routes {
    /// Routes any caller may use, as `METHOD /path` in the router's notation. Signing in is open by nature;
    /// X sends its CRC challenge unsigned, and our answer is the HMAC that proves us to X.
    static let open: Set<String> = [
        "GET /health", "GET /metrics", "GET /api/v1/locate", "GET /open311/v2/{resource}",
        "GET /open311/v2/{resource}/{item}", "POST /api/v1/auth/login", "GET /webhooks/twitter",
    ]

    static func add(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let health = HealthRoutes(client: dependencies.client)
        router.get("/health", use: health.check)
        router.get("/metrics", use: MetricsRoutes(registry: dependencies.metrics).emit)
        let locate = LocateRoutes(locator: AreaLocator(client: dependencies.client), intake: dependencies.intake)
        router.get("/api/v1/locate", use: locate.locate)

        addPartnerRoutes(to: router, dependencies)
        addWebhooks(to: router, dependencies)
        addOfficerRoutes(to: router, dependencies)
    }

    /// Systems that speak for citizens: the partner inbound API and Open311 (a key in the form or header).
    static func addPartnerRoutes(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        PartnerMessageRoutes(
            intake: dependencies.intake, keys: dependencies.apiKeys, reservedChannels: dependencies.adapterChannels
        ).register(on: router)
        Open311Routes(
            intake: dependencies.intake, keys: dependencies.apiKeys, reports: PublicReports(dependencies.client),
            jurisdiction: dependencies.open311Jurisdiction
        ).register(on: router)
    }

    /// Providers' webhooks: each checks its own signature or token before reading anything.
    static func addWebhooks(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let twitter = TwitterRoutes(webhook: dependencies.twitterWebhook, intake: dependencies.intake)
        router.get("/webhooks/twitter", use: twitter.crc)
        router.post("/webhooks/twitter", use: twitter.receive)
        let facebook = FacebookRoutes(webhook: dependencies.facebookWebhook, intake: dependencies.intake)
        router.get("/webhooks/facebook", use: facebook.verify)
        router.post("/webhooks/facebook", use: facebook.receive)
        router.post(
            "/webhooks/forum", use: ForumRoutes(webhook: dependencies.forumWebhook, intake: dependencies.intake).receive)
        router.post(
            "/webhooks/sms/twilio",
            use: TwilioRoutes(webhook: dependencies.twilioWebhook, intake: dependencies.intake).receive)
        let kannel = KannelRoutes(
            token: dependencies.kannel?.token, allowed: dependencies.kannel?.allowed ?? [], intake: dependencies.intake,
            outbox: OutboxStore(dependencies.client))
        router.get("/webhooks/sms/kannel/:token", use: kannel.receive)
        router.get("/webhooks/sms/kannel/:token/dlr", use: kannel.deliveryReport)
    }

    /// The officers' API: a bearer token (session or API token) on every route, roles checked per group.
    static func addOfficerRoutes(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let authenticator = OfficerAuthenticator(officers: dependencies.officers)
        AuthRoutes(officers: dependencies.officers, authenticator: authenticator, hasher: dependencies.passwords)
            .register(on: router)

        let officers = router.group("/api/v1")
            .add(middleware: OfficerBearerAuthenticator(officers: dependencies.officers))
            .add(middleware: RequireOfficer())
        let reports = ReportRoutes(workflow: dependencies.workflow)
        officers.get("reports", use: reports.queue)
        officers.get("reports/:number", use: reports.show)
        officers.post("reports/:number/photos", use: reports.addPhoto)
        officers.post("reports/:number/:action", use: reports.act)
        officers.get("photos/:id", use: reports.photo)

        DeliveryRoutes(
            outbox: OutboxStore(dependencies.client), polled: dependencies.polled, authenticator: authenticator
        ).register(on: router)
        ServiceLevelRoutes(levels: dependencies.serviceLevels, authenticator: authenticator).register(on: router)
        UnitContactRoutes(contacts: UnitContactStore(dependencies.client), authenticator: authenticator)
            .register(on: router)
    }
}
