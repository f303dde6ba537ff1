import AspirasiCore
import Hummingbird

extension Routes {
    /// The officers' console under `/console`, one group with its own context: error pages in Bahasa
    /// Indonesia, the session cookie, and the CSRF check on every POST; the sign-in page and the
    /// stylesheet are open (`Routes.open`), every other page needs a session (a person without one is
    /// sent to the sign-in page), and the admin pages an admin.
    static func addConsole(to router: Router<HubRequestContext>, _ dependencies: HubDependencies) {
        let services = ConsoleServices(dependencies)
        let console = router.group("/console", context: ConsoleRequestContext.self)
            .add(middleware: ConsoleErrorPages(catalog: services.catalog))
            .add(middleware: ConsoleAuthenticator(officers: services.officers))
            .add(middleware: ConsoleFormMiddleware())
        let signIn = ConsoleSignInRoutes(services: services)
        console.get("/assets/console.css", use: signIn.stylesheet)
        console.get("/login", use: signIn.loginForm)
        console.post("/login", use: signIn.login)

        let pages = console.group().add(middleware: ConsoleSignInRequired())
        pages.get("", use: signIn.home)
        pages.post("/logout", use: signIn.logout)
        let queue = ConsoleQueueRoutes(services: services)
        pages.get("/reports", use: queue.queue)
        let reports = ConsoleReportRoutes(services: services)
        pages.get("/reports/:number", use: reports.report)
        pages.post("/reports/:number/:action", use: reports.act)
        pages.get("/photos/:id", use: reports.photo)
        let incidents = ConsoleIncidentRoutes(services: services)
        pages.get("/insiden/:id", use: incidents.incident)
        pages.post("/insiden/:id/:action", use: incidents.act)
        let triage = ConsoleTriageRoutes(services: services)
        pages.get("/triage", use: triage.triage)
        pages.post("/triage/:number", use: triage.placeReport)
        pages.get("/map", use: ConsoleMapRoutes(services: services).map)
        pages.get("/evaluasi", use: ConsoleEvaluationRoutes(services: services).evaluation)

        let admin = pages.group("/admin").add(middleware: ConsoleRoleRequired(action: .manageUsers))
        let accounts = ConsoleAccountRoutes(services: services)
        admin.get("/officers", use: accounts.officers)
        admin.post("/officers", use: accounts.createOfficer)
        admin.post("/officers/:username/:change", use: accounts.changeOfficer)
        admin.get("/keys", use: accounts.keys)
        admin.post("/keys", use: accounts.createKey)
        admin.post("/keys/:name/revoke", use: accounts.revokeKey)
        let settings = ConsoleSettingsRoutes(services: services)
        admin.get("/contacts", use: settings.contacts)
        admin.post("/contacts/:unit", use: settings.addContact)
        admin.post("/contacts/:unit/:id/deactivate", use: settings.deactivateContact)
        admin.get("/holidays", use: settings.holidays)
        admin.post("/holidays", use: settings.setHoliday)
        admin.post("/holidays/:day/delete", use: settings.removeHoliday)
        admin.get("/service-levels", use: settings.serviceLevels)
        admin.post("/service-levels/:code", use: settings.setServiceLevel)
        let outbox = ConsoleOutboxRoutes(services: services)
        admin.get("/deliveries", use: outbox.deliveries)
        admin.post("/deliveries/:id/replay", use: outbox.replay)
        admin.get("/pollers", use: outbox.pollers)
        admin.post("/pollers/:feed/cursor", use: outbox.setCursor)

        pages.get("**", use: signIn.notFound)
    }
}
