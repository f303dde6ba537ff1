import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Service-level targets per category and the public-holiday calendar:
/// every officer may read them, admins of the province change them (they hold everywhere).
struct ServiceLevelRoutes: Sendable {
    let levels: ServiceLevelStore
    let authenticator: OfficerAuthenticator

    struct TargetBody: Decodable {
        let responseMinutes: Int?
        let completionMinutes: Int?
        let clock: String?
    }

    struct HolidayBody: Decodable {
        let name: String?
    }

    func register(on router: Router<some RequestContext>) {
        router.get("/api/v1/categories") { request, context in
            try await authenticator.officer(for: request, logger: context.logger)
            return try JSONBody.response(["categories": try await levels.categories(logger: context.logger)])
        }
        router.put("/api/v1/categories/:code/service-level") { request, context in
            try await authenticator.provinceOfficer(
                for: request, allowedTo: .manageSettings, what: "service levels", logger: context.logger)
            let code = try context.parameters.require("code")
            let body = try await JSONBody.decode(TargetBody.self, from: request)
            let target = try Self.target(body)
            let updated = try await levels.setTarget(target, category: code, logger: context.logger)
            return try JSONBody.response(updated)
        }
        router.get("/api/v1/holidays") { request, context in
            try await authenticator.officer(for: request, logger: context.logger)
            return try JSONBody.response(["holidays": try await levels.holidays(logger: context.logger)])
        }
        router.put("/api/v1/holidays/:day") { request, context in
            try await authenticator.provinceOfficer(
                for: request, allowedTo: .manageSettings, what: "public holidays", logger: context.logger)
            let day = try Self.day(context)
            let body = try await JSONBody.decode(HolidayBody.self, from: request)
            guard let name = body.name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty,
                name.count <= 200
            else { throw APIError.invalidParameter("name", "the holiday's name, 1 to 200 characters") }
            let created = try await levels.setHoliday(day, name: name, logger: context.logger)
            return try JSONBody.response(
                PublicHoliday(day: day.description, name: name), status: created ? .created : .ok)
        }
        router.delete("/api/v1/holidays/:day") { request, context in
            try await authenticator.provinceOfficer(
                for: request, allowedTo: .manageSettings, what: "public holidays", logger: context.logger)
            let day = try Self.day(context)
            guard try await levels.removeHoliday(day, logger: context.logger) else {
                throw APIError(.notFound, code: "not_found", message: "no holiday on \(day)")
            }
            return Response(status: .noContent)
        }
    }

    static func day(_ context: some RequestContext) throws -> CivilDay {
        guard let day = CivilDay(try context.parameters.require("day")) else {
            throw APIError.invalidParameter("day", "a date as YYYY-MM-DD")
        }
        return day
    }

    static func target(_ body: TargetBody) throws -> ServiceTarget {
        guard let response = body.responseMinutes, response > 0 else {
            throw APIError.invalidParameter("response_minutes", "a whole number of minutes above 0")
        }
        guard let completion = body.completionMinutes, completion >= response, completion <= 525_600 else {
            throw APIError.invalidParameter(
                "completion_minutes", "a whole number of minutes, at least response_minutes and at most a year")
        }
        let names = SLAClock.allCases.map(\.rawValue).joined(separator: " or ")
        guard let clock = SLAClock(rawValue: body.clock ?? "") else {
            throw APIError.invalidParameter("clock", names)
        }
        guard let target = ServiceTarget(responseMinutes: response, completionMinutes: completion, clock: clock) else {
            throw APIError.invalidParameter("completion_minutes", "at least response_minutes")
        }
        return target
    }
}
