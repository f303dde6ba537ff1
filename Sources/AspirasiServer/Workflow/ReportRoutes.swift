import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird
import NIOCore

/// The officers' workflow API under `/api/v1/reports`.
struct ReportRoutes: Sendable {
    let workflow: ReportWorkflow
    let authenticator: OfficerAuthenticator

    struct ActionBody: Decodable {
        var note: String?
        var reason: String?
        var agency: String?
        var kelurahan: String?
        var photos: [Int]?
    }

    func register(on router: Router<some RequestContext>) {
        router.get("/api/v1/reports") { request, context in
            let officer = try await authenticator.officer(for: request, logger: context.logger)
            let filter = try Self.filter(request.uri.queryParameters)
            return try JSONBody.response(try await workflow.queue(for: officer, filter, logger: context.logger))
        }
        router.get("/api/v1/reports/counts") { request, context in
            let officer = try await authenticator.officer(for: request, logger: context.logger)
            let filter = try Self.filter(request.uri.queryParameters)
            return try JSONBody.response(try await workflow.statusCounts(for: officer, filter, logger: context.logger))
        }
        router.get("/api/v1/reports/:number") { request, context in
            let officer = try await authenticator.officer(for: request, logger: context.logger)
            let number = try context.parameters.require("number")
            return try JSONBody.response(try await workflow.detail(number, for: officer, logger: context.logger))
        }
        router.post("/api/v1/reports/:number/:action") { request, context in
            let officer = try await authenticator.officer(for: request, logger: context.logger)
            let number = try context.parameters.require("number")
            let name = try context.parameters.require("action")
            if name == "photos" {
                let bytes = try await request.body.collect(upTo: ImageType.maximumBytes)
                let photo = try await workflow.addPhoto(to: number, by: officer, bytes: bytes, logger: context.logger)
                return try JSONBody.response(photo, status: .created)
            }
            guard let action = OfficerAction(rawValue: name), OfficerAction.onReports.contains(action) else {
                throw APIError(
                    .notFound, code: "unknown_action",
                    message: "actions: \(OfficerAction.onReports.map(\.rawValue).joined(separator: ", ")), photos")
            }
            let body = try await JSONBody.decode(ActionBody.self, from: request, limit: 16 * 1024)
            var reason: RejectReason?
            if let text = body.reason {
                guard let parsed = RejectReason(rawValue: text) else {
                    throw WorkflowError.invalid(
                        field: "reason",
                        message: "one of \(RejectReason.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                reason = parsed
            }
            let input = ActionInput(
                note: body.note, reason: reason, agency: body.agency, kelurahan: body.kelurahan,
                photoIDs: body.photos ?? [])
            let outcome = try await workflow.perform(action, on: number, by: officer, input, logger: context.logger)
            return try JSONBody.response(outcome)
        }
        router.get("/api/v1/photos/:id") { request, context in
            let officer = try await authenticator.officer(for: request, logger: context.logger)
            guard let id = Int(try context.parameters.require("id")) else {
                throw APIError.invalidParameter("id", "a photo id is a number")
            }
            let photo = try await workflow.photo(id, for: officer, logger: context.logger)
            return Response(
                status: .ok,
                headers: [.contentType: photo.contentType, .cacheControl: "private, max-age=3600"],
                body: .init(byteBuffer: photo.bytes))
        }
    }

    static func filter(_ query: some Sequence<(key: Substring, value: Substring)>) throws -> QueueFilter {
        var filter = QueueFilter()
        for (key, value) in query {
            let text = String(value)
            switch key {
            case "status":
                for part in text.split(separator: ",") {
                    guard let status = ReportStatus(rawValue: String(part)) else {
                        throw APIError.invalidParameter(
                            "status", "one or more of \(ReportStatus.allCases.map(\.rawValue).joined(separator: ","))")
                    }
                    filter.statuses.append(status)
                }
            case "category": filter.category = text
            case "kelurahan": filter.kelurahan = text
            case "channel":
                guard Channel(rawValue: text) != nil else {
                    throw APIError.invalidParameter(
                        "channel", "one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                filter.channel = text
            case "q":
                let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard (1...200).contains(words.count) else {
                    throw APIError.invalidParameter("q", "a tracking number or words, at most 200 characters")
                }
                filter.search = words
            case "older_than_hours":
                guard let hours = Int(text), hours >= 0 else {
                    throw APIError.invalidParameter("older_than_hours", "a whole number of hours")
                }
                filter.olderThanHours = hours
            case "overdue":
                guard let overdue = Bool(text) else { throw APIError.invalidParameter("overdue", "true or false") }
                filter.overdue = overdue
            case "page":
                guard let page = Int(text), page >= 1 else { throw APIError.invalidParameter("page", "1 or more") }
                filter.page = page
            case "per_page":
                guard let perPage = Int(text), (1...200).contains(perPage) else {
                    throw APIError.invalidParameter("per_page", "1 to 200")
                }
                filter.perPage = perPage
            default: continue
            }
        }
        return filter
    }
}
