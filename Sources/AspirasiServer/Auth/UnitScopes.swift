import AspirasiCore
import AspirasiStore
import Hummingbird

/// An admin's powers reach their own unit and the units inside it (`AccessScope`, as for reports):
/// a kelurahan admin manages the kelurahan's accounts and contacts, a kota admin those of the
/// whole kota; settings that hold everywhere (service levels, holidays, polled feeds, citizens'
/// data) belong to the province's admins.
struct UnitScopes: Sendable {
    let catalog: @Sendable () async throws -> IntakeCatalog

    /// The units `officer`'s powers reach.
    func scope(of officer: Officer) async throws -> AccessScope {
        AccessScope(unit: officer.unitCode, in: try await catalog())
    }

    /// The units as a sorted list for queries; nil: every unit.
    func units(of officer: Officer) async throws -> [String]? {
        try await scope(of: officer).units.map { Array($0).sorted() }
    }

    func require(_ officer: Officer, covers unit: String) async throws {
        guard try await scope(of: officer).covers(unit) else {
            throw WorkflowError.forbidden(
                "unit \(unit) is outside your unit \(officer.unitCode) and the units inside it")
        }
    }
}

/// 403 unless the officer belongs to the province: for settings that hold everywhere; `what` names
/// them in the refusal.
struct RequireProvince: RouterMiddleware {
    typealias Context = HubRequestContext
    let scopes: UnitScopes
    let what: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let catalog = try await scopes.catalog()
        guard AccessScope(unit: try context.officer().unitCode, in: catalog).units == nil else {
            throw WorkflowError.forbidden(
                "\(what) are province-wide: only an admin of the province (\(catalog.provinceCode)) may manage them")
        }
        return try await next(request, context)
    }
}
