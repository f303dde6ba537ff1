import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Hummingbird

/// What the console's pages read and change: the same stores the JSON API uses.
struct ConsoleServices: Sendable {
    let officers: OfficerStore
    let workflow: ReportWorkflow
    let catalog: @Sendable () async throws -> IntakeCatalog
    let passwords: PasswordHasher
    /// Password checks with the sign-in throttle the API's login uses.
    let signIn: PasswordSignIn
    let apiKeys: APIKeyStore
    let contacts: UnitContactStore
    let serviceLevels: ServiceLevelStore
    let outbox: OutboxStore
    let polled: PolledIntake
    let cookies: ConsoleCookies
    let evaluations: EvaluationService

    func choices() async throws -> ConsoleChoices { ConsoleChoices(catalog: try await catalog()) }

    func viewer(_ context: ConsoleRequestContext) async throws -> Viewer {
        ConsoleViewer.make(try context.session(), catalog: try await catalog())
    }

    /// The units the signed-in admin's powers reach: their unit and the units inside it.
    func adminScope(_ context: ConsoleRequestContext) async throws -> AccessScope {
        AccessScope(unit: try context.session().officer.unitCode, in: try await catalog())
    }

    /// 403 unless the admin's scope covers `unit`.
    func requireCovers(_ unit: String, _ context: ConsoleRequestContext) async throws {
        guard try await adminScope(context).covers(unit) else {
            throw WorkflowError.forbidden("unit \(unit) is outside your unit and the units inside it")
        }
    }

    /// 403 unless the admin is the province's: settings that hold everywhere are theirs.
    func requireProvinceAdmin(_ context: ConsoleRequestContext) async throws {
        guard try await adminScope(context).units == nil else {
            throw WorkflowError.forbidden("province-wide settings belong to the province's admins")
        }
    }
}

extension ConsoleServices {
    init(_ dependencies: HubDependencies) {
        let intake = dependencies.intake
        self.init(
            officers: dependencies.officers, workflow: dependencies.workflow, catalog: { try await intake.catalog() },
            passwords: dependencies.passwords,
            signIn: PasswordSignIn(
                officers: dependencies.officers, hasher: dependencies.passwords,
                throttle: LoginThrottle(dependencies.client, policy: dependencies.loginPolicy)),
            apiKeys: APIKeyStore(dependencies.client),
            contacts: UnitContactStore(dependencies.client), serviceLevels: dependencies.serviceLevels,
            outbox: OutboxStore(dependencies.client), polled: dependencies.polled,
            cookies: ConsoleCookies(secure: dependencies.consoleSecureCookies),
            evaluations: dependencies.evaluations)
    }
}
