import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird
import NIOCore

/// The officers' workflow API under `/api/v1/reports`.
struct ReportRoutes: Sendable {
    let workflow: ReportWorkflow
    /// Where the counts are read: a dashboard's figures may lag the primary by the read database's bound.
    let reads: ReadDatabase

    struct ActionBody: Decodable {
        var note: String?
        var reason: String?
        var agency: String?
        var kelurahan: String?
        var photos: [Int]?
    }

    /// `GET /api/v1/reports`: the officer's queue.
    @Sendable func queue(_ request: Request, context: HubRequestContext) async throws -> QueuePage {
        let filter = try Self.filter(request.uri.queryParameters)
        return try await workflow.queue(for: try context.officer(), filter, logger: context.logger)
    }

    /// `GET /api/v1/reports/counts`: the queue's tabs, reports per status and overdue under the queue's
    /// other filters (a `status` given is left out: each tab says what choosing it would show). Read from
    /// the read database: dashboards poll it, and a few seconds' lag does not mislead them.
    @Sendable func counts(_ request: Request, context: HubRequestContext) async throws -> StatusCounts {
        var filter = try Self.filter(request.uri.queryParameters)
        filter.statuses = []
        let officer = try context.officer()
        let workflow = self.workflow
        return try await reads.read {
            try await workflow.reading(on: $0).statusCounts(for: officer, filter, logger: context.logger)
        }
    }

    /// `GET /api/v1/reports/{number}`: one report with its history.
    @Sendable func show(_ request: Request, context: HubRequestContext) async throws -> ReportDetail {
        let number = try context.parameters.require("number")
        return try await workflow.detail(number, for: try context.officer(), logger: context.logger)
    }

    /// `POST /api/v1/reports/{number}/photos`: a follow-up photo, cited later by `complete`.
    @Sendable func addPhoto(_ request: Request, context: HubRequestContext) async throws
        -> EditedResponse<ReportDetail.Photo>
    {
        let number = try context.parameters.require("number")
        let bytes = try await request.body.collect(upTo: ImageType.maximumBytes)
        let photo = try await workflow.addPhoto(
            to: number, by: try context.officer(), bytes: bytes, logger: context.logger)
        return EditedResponse(status: .created, response: photo)
    }

    /// `POST /api/v1/reports/{number}/{action}`.
    @Sendable func act(_ request: Request, context: HubRequestContext) async throws -> ActionOutcome {
        let number = try context.parameters.require("number")
        let name = try context.parameters.require("action")
        guard let action = OfficerAction(rawValue: name), OfficerAction.onReports.contains(action) else {
            throw APIError(
                .notFound, code: "unknown_action",
                message: "actions: \(OfficerAction.onReports.map(\.rawValue).joined(separator: ", ")), photos")
        }
        let body = try await request.decode(as: ActionBody.self, context: context)
        var reason: RejectReason?
        if let text = body.reason {
            guard let parsed = RejectReason(rawValue: text) else {
                throw WorkflowError.invalid(
                    field: "reason", message: "one of \(RejectReason.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            reason = parsed
        }
        let input = ActionInput(
            note: body.note, reason: reason, agency: body.agency, kelurahan: body.kelurahan,
            photoIDs: body.photos ?? [])
        return try await workflow.perform(action, on: number, by: try context.officer(), input, logger: context.logger)
    }

    /// `GET /api/v1/photos/{id}`: a report photo's bytes, for officers who may see the report.
    @Sendable func photo(_ request: Request, context: HubRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let photo = try await workflow.photo(id, for: try context.officer(), logger: context.logger)
        return Response(
            status: .ok, headers: [.contentType: photo.contentType, .cacheControl: "private, max-age=3600"],
            body: .init(byteBuffer: photo.bytes))
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
                    throw APIError.invalidParameter("q", "a tracking number or words, 1 to 200 characters")
                }
                filter.search = words
            case "older_than_hours":
                guard let hours = Int(text), (0...QueueFilter.maximumOlderThanHours).contains(hours) else {
                    throw APIError.invalidParameter(
                        "older_than_hours", "a whole number of hours, 0 to \(QueueFilter.maximumOlderThanHours)")
                }
                filter.olderThanHours = hours
            case "overdue":
                guard let overdue = Bool(text) else { throw APIError.invalidParameter("overdue", "true or false") }
                filter.overdue = overdue
            case "page":
                guard let page = Int(text), (1...QueueFilter.maximumPage).contains(page) else {
                    throw APIError.invalidParameter("page", "1 to \(QueueFilter.maximumPage)")
                }
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
