import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Open311 GeoReport v2 under `/open311/v2/`, in JSON and XML, plus
/// FixMyStreet's `servicerequestupdates`. What the spec calls a service is
/// our category; a service request is a report, its id our tracking number.
struct Open311Routes: Sendable {
    static let defaultLimit = 1000
    static let defaultWindow: TimeInterval = 90 * 24 * 3600

    let intake: IntakeQueue
    let keys: APIKeyVerifier
    let reports: PublicReports
    let jurisdiction: String

    /// `GET /open311/v2/{resource}.{json|xml}`: discovery, services, requests, servicerequestupdates.
    @Sendable func read(_ request: Request, context: HubRequestContext) async throws -> Response {
        try await answer(context.parameters.get("resource") ?? "", request) { name, format in
            try await get(name, request, format)
        }
    }

    /// `GET /open311/v2/{collection}/{item}`: one service, request, token, or a published photo.
    /// One parameter name per position: the router's trie refuses two names at the same place.
    @Sendable func readItem(_ request: Request, context: HubRequestContext) async throws -> Response {
        let collection = context.parameters.get("resource") ?? ""
        // Photos have no .json or .xml: they are answered as images.
        if collection == "media" { return try await media(context.parameters.get("item") ?? "", request) }
        return try await answer(context.parameters.get("item") ?? "", request) { item, format in
            try await getItem(collection, String(item), request, format)
        }
    }

    /// `POST /open311/v2/requests.{json|xml}`: a new report; the client's `api_key` is in the form.
    @Sendable func create(_ request: Request, context: HubRequestContext) async throws -> Response {
        try await answer(context.parameters.get("resource") ?? "", request) { name, format in
            guard name == "requests" else { throw Open311Error.notFound("no such resource") }
            return try await post(request, format)
        }
    }

    /// Picks the format from the extension and renders Open311 errors in it.
    private func answer(
        _ resource: String, _ request: Request, _ body: (Substring, Open311Format) async throws -> Response
    ) async throws -> Response {
        guard let (name, format) = Open311Format.split(resource[...]) else {
            return Open311Error.notFound("add .json or .xml to the resource name").response(.json)
        }
        do {
            if let name = QueryParameters(request.uri.queryParameters).nameHoldingNUL {
                throw Open311Error.holdsNUL(name)
            }
            if let asked = request.uri.queryParameters["jurisdiction_id"], asked != jurisdiction[...] {
                throw Open311Error.notFound("jurisdiction_id \(asked) not found; this server serves \(jurisdiction)")
            }
            return try await body(name, format)
        } catch let error as Open311Error {
            return error.response(format)
        }
    }

    private func get(_ name: Substring, _ request: Request, _ format: Open311Format) async throws -> Response {
        switch name {
        case "discovery": return format.response(discovery(request, format))
        case "services": return format.response(try await services().render(format))
        case "requests":
            return format.response(
                try await listRequests(request.uri.queryParameters, base: Self.base(request)).render(format))
        case "servicerequestupdates":
            return format.response(try await updates(request.uri.queryParameters).render(format))
        default: throw Open311Error.notFound("no such resource: \(name)")
        }
    }

    private func getItem(_ collection: String, _ item: String, _ request: Request, _ format: Open311Format)
        async throws -> Response
    {
        switch collection {
        case "services":
            guard let category = try await intake.catalog().categories[item] else {
                throw Open311Error.notFound("service_code \(item) not found")
            }
            return format.response(serviceDefinition(category.code, format))
        case "requests":
            var filter = PublicReports.Filter(from: .distantPast, until: .distantFuture, limit: 1)
            filter.trackingNumbers = [item]
            let found = try await reports.reports(filter)
            guard !found.isEmpty else { throw Open311Error.notFound("service_request_id \(item) not found") }
            let base = Self.base(request)
            let records = found.map { Open311Document.request($0, base: base) }
            return format.response(
                Open311Document(root: "service_requests", item: "request", records: records).render(format))
        case "tokens":
            guard let number = try await reports.trackingNumber(forMessage: Self.messageID(token: item), channel: .app)
            else { throw Open311Error.notFound("token \(item) not found") }
            let record: Open311Document.Record = [("service_request_id", .string(number)), ("token", .string(item))]
            return format.response(
                Open311Document(root: "service_requests", item: "request", records: [record]).render(format))
        default:
            throw Open311Error.notFound("no such resource: \(collection)")
        }
    }

    /// Our message id for a request posted through Open311; its token is the part after the prefix.
    static func messageID(token: String) -> String { "open311:" + token }
}
