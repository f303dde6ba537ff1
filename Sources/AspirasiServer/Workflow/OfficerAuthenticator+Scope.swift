import AspirasiCore
import AspirasiStore
import Hummingbird
import Logging

/// An admin's powers reach their own unit and the units inside it (`AccessScope`, as for reports):
/// a kelurahan admin manages the kelurahan's accounts and contacts, a kota admin those of the
/// whole kota; settings that hold everywhere (service levels, holidays, channels) belong to the
/// province's admins.
extension OfficerAuthenticator {
    /// The units `officer`'s powers reach.
    func scope(of officer: Officer) async throws -> AccessScope {
        AccessScope(unit: officer.unitCode, in: try await catalog())
    }

    /// The officer, who must be allowed `action` and whose unit must cover `unit` (403 otherwise).
    @discardableResult
    func officer(for request: Request, allowedTo action: OfficerAction, over unit: String, logger: Logger)
        async throws -> Officer
    {
        let officer = try await officer(for: request, allowedTo: action, logger: logger)
        try await require(officer, covers: unit)
        return officer
    }

    /// The officer, who must be allowed `action` over the whole province (403 otherwise);
    /// `what` names the settings, for the refusal.
    @discardableResult
    func provinceOfficer(for request: Request, allowedTo action: OfficerAction, what: String, logger: Logger)
        async throws -> Officer
    {
        let officer = try await officer(for: request, allowedTo: action, logger: logger)
        let catalog = try await catalog()
        guard AccessScope(unit: officer.unitCode, in: catalog).units == nil else {
            throw WorkflowError.forbidden(
                "\(what) are province-wide: only an admin of the province (\(catalog.provinceCode)) may manage them")
        }
        return officer
    }

    func require(_ officer: Officer, covers unit: String) async throws {
        guard try await scope(of: officer).covers(unit) else {
            throw WorkflowError.forbidden(
                "unit \(unit) is outside your unit \(officer.unitCode) and the units inside it")
        }
    }
}
