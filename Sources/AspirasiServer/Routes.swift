import AspirasiCore
import AspirasiStore
import Hummingbird
import HummingbirdAuth
import SMSAdapter

/// Every route of the hub, in one place, with the authentication each group declares.
///
/// - open: health, metrics, locate, this API's OpenAPI document, Open311 reads, the public pages and
///   statistics (rate-limited per address);
/// - a partner key: the partner inbound API and Open311 posts (their key travels in the form);
/// - a provider's signature or URL token: the channel webhooks, checked on the raw bytes;
/// - an officer (`Authorization: Bearer`): everything else under `/api/v1`, with role checks as middleware;
/// - an officer's console session (cookie, CSRF token on every POST): everything under `/console`.
/// `RouteTableTests` walks `router.routes` and holds every route that is not in `Routes.open` to its
/// authentication.
enum Routes {
    /// Routes any caller may use, as `METHOD /path` in the router's notation. Signing in is open by nature;
    /// channels add their providers' unsigned handshakes.
    static let open: Set<String> =
        ([
            "GET /health", "GET /livez", "GET /readyz", "GET /metrics", "GET /api/v1/locate",
            "GET /open311/v2/{resource}",
            "GET /open311/v2/{resource}/{item}", "POST /api/v1/auth/login",
            "GET /console/login", "POST /console/login", "GET /console/assets/console.css",
            "GET /api/v1/openapi.json", "GET /publik", "GET /publik/foto/{key}", "GET /lacak",
            "GET /api/v1/public/stats",
        ] as Set<String>).union(ChannelRegistry.openRoutes)

    static func add(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let health = HealthRoutes(client: dependencies.client, workers: dependencies.workers)
        router.get("/health", use: health.check)
        router.get("/livez", use: health.live)
        router.get("/readyz", use: health.ready)
        if !dependencies.metricsElsewhere {
            let metrics = MetricsRoutes(registry: dependencies.metrics, token: dependencies.metricsToken)
            router.get("/metrics", use: metrics.emit)
        }
        let locate = LocateRoutes(intake: dependencies.intake)
        router.get("/api/v1/locate", use: locate.locate)
        router.get("/api/v1/openapi.json", use: OpenAPIRoutes().document)

        addPublicRoutes(to: router, dependencies)
        addPartnerRoutes(to: router, dependencies)
        addWebhooks(to: router, dependencies)
        addOfficerRoutes(to: router, dependencies)
        addConsole(to: router, dependencies)
    }

    /// Systems that speak for citizens: the partner inbound API and Open311 (a key in the form or header).
    static func addPartnerRoutes(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let partner = PartnerMessageRoutes(
            intake: dependencies.intake, keys: dependencies.apiKeys, reservedChannels: dependencies.adapterChannels)
        router.post("/api/v1/messages", use: partner.submit)
        let open311 = Open311Routes(
            intake: dependencies.intake, keys: dependencies.apiKeys, reports: PublicReports(dependencies.client),
            jurisdiction: dependencies.open311Jurisdiction)
        router.get("/open311/v2/:resource", use: open311.read)
        router.get("/open311/v2/:resource/:item", use: open311.readItem)
        router.post("/open311/v2/:resource", use: open311.create)
    }

    /// Providers' webhooks, each channel's own (`ChannelRegistry`): each checks its signature or token
    /// before reading anything.
    static func addWebhooks(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        ChannelRegistry.addRoutes(to: router, dependencies)
    }

    /// The officers' API: a bearer token (session or API token) on every route, roles checked per group.
    static func addOfficerRoutes(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let intake = dependencies.intake
        let scopes = UnitScopes(catalog: { try await intake.catalog() })
        let auth = AuthRoutes(
            officers: dependencies.officers,
            signIn: PasswordSignIn(
                officers: dependencies.officers, hasher: dependencies.passwords,
                throttle: LoginThrottle(dependencies.client, policy: dependencies.loginPolicy)))
        router.post("/api/v1/auth/login", use: auth.login)

        let officers = router.group("/api/v1")
            .add(middleware: OfficerBearerAuthenticator(officers: dependencies.officers))
            .add(middleware: RequireOfficer())
        officers.post("auth/logout", use: auth.logout)
        officers.post("auth/tokens", use: auth.issueToken)

        let reports = ReportRoutes(workflow: dependencies.workflow, reads: dependencies.readDatabase)
        officers.get("reports", use: reports.queue)
        officers.get("reports/counts", use: reports.counts)
        officers.get("reports/:number", use: reports.show)
        officers.post("reports/:number/photos", use: reports.addPhoto)
        officers.post("reports/:number/:action", use: reports.act)
        officers.get("photos/:id", use: reports.photo)

        let evaluation = EvaluationRoutes(service: dependencies.evaluations)
        officers.group("evaluations")
            .add(middleware: RequireRole(roles: [.pimpinan, .koordinator, .admin], what: "the monthly evaluation"))
            .get(":month", use: evaluation.show)

        let incidents = IncidentRoutes(dependencies)
        let incidentGroup = officers.group("incidents")
            .add(middleware: RequireRole(roles: [.koordinator, .pimpinan, .admin], what: "incidents"))
        incidentGroup.get(use: incidents.list)
        incidentGroup.get(":id", use: incidents.show)
        incidentGroup.post(":id/photos", use: incidents.addPhoto)
        incidentGroup.post(":id/:action", use: incidents.act)
        officers.group("incident-rules")
            .add(middleware: RequireRole(roles: [.koordinator, .pimpinan, .admin], what: "incident thresholds"))
            .get(use: incidents.listRules)

        let levels = ServiceLevelRoutes(levels: dependencies.serviceLevels)
        officers.get("categories", use: levels.categories)
        officers.get("holidays", use: levels.holidays)
        addAdminRoutes(to: officers, dependencies, scopes: scopes, levels: levels)
    }

    /// Admins' routes: accounts, contacts and dead letters within their unit; province-wide settings,
    /// polled feeds and citizens' data for the province's admins only.
    static func addAdminRoutes(
        to officers: RouterGroup<HubRequestContext>, _ dependencies: HubDependencies, scopes: UnitScopes,
        levels: ServiceLevelRoutes
    ) {
        let accounts = OfficerRoutes(officers: dependencies.officers, scopes: scopes, hasher: dependencies.passwords)
        let users = officers.group("officers").add(middleware: RequirePermission(action: .manageUsers))
        users.get(use: accounts.list)
        users.post(use: accounts.create)
        users.post(":username/disable", use: accounts.disable)
        users.post(":username/enable", use: accounts.enable)
        users.get(":username/tokens", use: accounts.tokens)
        users.delete(":username/tokens", use: accounts.revokeAll)
        users.delete(":username/tokens/:id", use: accounts.revokeOne)
        users.put(":username/password", use: accounts.resetPassword)

        let contacts = UnitContactRoutes(contacts: UnitContactStore(dependencies.client), scopes: scopes)
        let units = officers.group("units/:code/contacts").add(middleware: RequirePermission(action: .manageSettings))
        units.get(use: contacts.list)
        units.post(use: contacts.add)
        units.delete(":id", use: contacts.remove)

        let outbox = DeliveryRoutes(
            outbox: OutboxStore(dependencies.client), polled: dependencies.polled, scopes: scopes)
        let deliveries = officers.group("deliveries").add(middleware: RequirePermission(action: .manageDeliveries))
        deliveries.get(use: outbox.list)
        deliveries.post(":id/replay", use: outbox.replay)
        let pollers = officers.group("pollers")
            .add(middleware: RequirePermission(action: .manageDeliveries))
            .add(middleware: RequireProvince(scopes: scopes, what: "polled feeds"))
        pollers.get(use: outbox.pollers)
        pollers.put(":feed/cursor", use: outbox.setCursor)

        let settings = officers.group()
            .add(middleware: RequirePermission(action: .manageSettings))
            .add(
                middleware: RequireProvince(
                    scopes: scopes, what: "service levels, incident thresholds and public holidays"))
        settings.put("categories/:code/service-level", use: levels.setTarget)
        settings.put("categories/:code/incident-rule", use: IncidentRoutes(dependencies).setRule)
        settings.put("holidays/:day", use: levels.setHoliday)
        settings.delete("holidays/:day", use: levels.removeHoliday)

        let citizens = CitizenDataRoutes(citizens: CitizenDataStore(dependencies.client))
        let privacy = officers.group("citizens")
            .add(middleware: RequirePermission(action: .manageCitizenData))
            .add(middleware: RequireProvince(scopes: scopes, what: "citizens' data"))
        privacy.post("export", use: citizens.export)
        privacy.post("erase", use: citizens.erase)
        let people = CitizenContactRoutes(contacts: CitizenContacts(dependencies.client))
        privacy.get("contacts/:id", use: people.show)
        privacy.post("contacts/:id/merge", use: people.merge)
        privacy.post("contacts/:id/split", use: people.split)
    }
}
