import AspirasiCore
import AspirasiStore
import Hummingbird
import NIOCore

/// `GET /api/v1/evaluations/{YYYY-MM}` (or `{YYYY-MM}.csv`): the monthly evaluation for leaders,
/// within the reader's area: a kota's officers read their kota, the province's everything.
struct EvaluationRoutes: Sendable {
    let service: EvaluationService

    @Sendable func show(_ request: Request, context: HubRequestContext) async throws -> Response {
        let parameter = try context.parameters.require("month")
        var name = Substring(parameter)
        var csv = request.headers[.accept].map { $0.lowercased().contains("text/csv") } ?? false
        if name.hasSuffix(".csv") {
            name = name.dropLast(4)
            csv = true
        } else if name.hasSuffix(".json") {
            name = name.dropLast(5)
            csv = false
        }
        guard let month = EvaluationMonth(String(name)) else {
            throw APIError.invalidParameter("month", "a month as YYYY-MM (Jakarta time), optionally with .csv or .json")
        }
        let evaluation = try await service.evaluation(month, for: try context.officer(), logger: context.logger)
        if csv {
            var headers = HTTPFields()
            headers[.contentType] = "text/csv; charset=utf-8"
            headers[.contentDisposition] = "attachment; filename=\"evaluasi-\(month).csv\""
            return Response(
                status: .ok, headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: EvaluationCSV.render(evaluation))))
        }
        return try evaluation.response(from: request, context: context)
    }
}

extension MonthEvaluation: ResponseEncodable {}

/// 403 unless the officer's role is one of `roles`: the evaluation is for leaders, coordinators and admins.
struct RequireRole: RouterMiddleware {
    typealias Context = HubRequestContext
    let roles: Set<Role>
    let what: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let officer = try context.officer()
        guard roles.contains(officer.role) else {
            throw WorkflowError.forbidden("a \(officer.role.rawValue) may not read \(what)")
        }
        return try await next(request, context)
    }
}
