import AspirasiCore
import AspirasiStore
import Hummingbird

/// A citizen's data on their request, for the province's admins (citizens belong to no unit): `POST /api/v1/citizens/export`
/// and `POST /api/v1/citizens/erase`, each with `{"contact": …}` (a phone number,
/// an e-mail address or `channel:handle`). POST for the export too: a contact in
/// a query string would end up in proxies' access logs.
struct CitizenDataRoutes: Sendable {
    let citizens: CitizenDataStore

    struct ContactBody: Decodable {
        var contact: String?
    }

    /// `POST /api/v1/citizens/export`.
    @Sendable func export(_ request: Request, context: HubRequestContext) async throws -> CitizenExport {
        let contact = try await Self.contact(request, context)
        guard let export = try await citizens.export(contact, logger: context.logger) else {
            throw APIError(.notFound, code: "not_found", message: "no citizen is known by that contact")
        }
        return export
    }

    /// `POST /api/v1/citizens/erase`.
    @Sendable func erase(_ request: Request, context: HubRequestContext) async throws -> ErasureSummary {
        let officer = try context.officer()
        let contact = try await Self.contact(request, context)
        return try await citizens.erase(contact, by: .officer(id: officer.id), logger: context.logger)
    }

    static func contact(_ request: Request, _ context: HubRequestContext) async throws -> CitizenContact {
        let body = try await request.decode(as: ContactBody.self, context: context)
        guard let text = body.contact, !text.isEmpty else { throw APIError.missingField("contact") }
        guard let contact = CitizenContact(text) else {
            throw APIError.invalidField("contact", "contact must be \(CitizenContact.expectedForm)")
        }
        return contact
    }
}
