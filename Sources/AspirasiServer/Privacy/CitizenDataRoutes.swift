import AspirasiCore
import AspirasiStore
import Hummingbird

/// A citizen's data on their request, for admins: `POST /api/v1/citizens/export`
/// and `POST /api/v1/citizens/erase`, each with `{"contact": …}` (a phone number,
/// an e-mail address or `channel:handle`). POST for the export too: a contact in
/// a query string would end up in proxies' access logs.
struct CitizenDataRoutes: Sendable {
    let citizens: CitizenDataStore
    let authenticator: OfficerAuthenticator

    struct ContactBody: Decodable {
        var contact: String?
    }

    func register(on router: Router<some RequestContext>) {
        router.post("/api/v1/citizens/export") { request, context in
            try await authenticator.officer(for: request, allowedTo: .manageCitizenData, logger: context.logger)
            let contact = try await Self.contact(request)
            guard let export = try await citizens.export(contact, logger: context.logger) else {
                throw APIError(.notFound, code: "not_found", message: "no citizen is known by that contact")
            }
            return try JSONBody.response(export)
        }
        router.post("/api/v1/citizens/erase") { request, context in
            let officer = try await authenticator.officer(
                for: request, allowedTo: .manageCitizenData, logger: context.logger)
            let contact = try await Self.contact(request)
            let summary = try await citizens.erase(contact, by: .officer(id: officer.id), logger: context.logger)
            return try JSONBody.response(summary)
        }
    }

    static func contact(_ request: Request) async throws -> CitizenContact {
        let body = try await JSONBody.decode(ContactBody.self, from: request, limit: 4 * 1024)
        guard let text = body.contact, !text.isEmpty else { throw APIError.missingField("contact") }
        guard let contact = CitizenContact(text) else {
            throw APIError.invalidField("contact", "contact must be \(CitizenContact.expectedForm)")
        }
        return contact
    }
}
