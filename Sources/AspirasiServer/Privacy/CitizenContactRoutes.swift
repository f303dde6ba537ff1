import AspirasiCore
import AspirasiStore
import Hummingbird
import Logging

/// One citizen across channels, for the province's admins: a contact with its identities and reports,
/// merging two contacts that are one person, splitting off an identity that is not theirs.
struct CitizenContactRoutes: Sendable {
    let contacts: CitizenContacts

    struct MergeBody: Decodable {
        let from: Int
    }

    struct SplitBody: Decodable {
        let identity: Int
    }

    /// `GET /api/v1/citizens/contacts/{id}`.
    @Sendable func show(_ request: Request, context: HubRequestContext) async throws -> CitizenContactView {
        let id = try context.parameters.require("id", as: Int.self)
        guard let view = try await contacts.contact(id, logger: context.logger) else {
            throw WorkflowError.notFound("no contact \(id)")
        }
        return view
    }

    /// `POST /api/v1/citizens/contacts/{id}/merge` `{"from": other}`: the other contact's identities join this one.
    @Sendable func merge(_ request: Request, context: HubRequestContext) async throws -> CitizenContactView {
        let id = try context.parameters.require("id", as: Int.self)
        let body = try await request.decode(as: MergeBody.self, context: context)
        let merged = try await contacts.merge(body.from, into: id, logger: context.logger)
        context.logger.notice("contacts merged", metadata: ["into": "\(id)", "from": "\(body.from)"])
        return merged
    }

    /// `POST /api/v1/citizens/contacts/{id}/split` `{"identity": i}`: the identity gets a contact of its own.
    @Sendable func split(_ request: Request, context: HubRequestContext) async throws
        -> EditedResponse<CitizenContactView>
    {
        let id = try context.parameters.require("id", as: Int.self)
        let body = try await request.decode(as: SplitBody.self, context: context)
        let split = try await contacts.split(identity: body.identity, from: id, logger: context.logger)
        context.logger.notice("identity split off", metadata: ["from": "\(id)", "into": "\(split.id)"])
        return EditedResponse(status: .created, response: split)
    }
}
