import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Service-level targets per category and the public-holiday calendar:
/// every officer may read them, admins of the province change them (they hold everywhere).
struct ServiceLevelRoutes: Sendable {
    let levels: ServiceLevelStore

    struct TargetBody: Decodable {
        let responseMinutes: Int?
        let completionMinutes: Int?
        let clock: String?
    }

    struct HolidayBody: Decodable {
        let name: String?
    }

    struct CategoryList: ResponseEncodable {
        let categories: [CategoryServiceLevel]
    }

    struct HolidayList: ResponseEncodable {
        let holidays: [PublicHoliday]
    }

    /// `GET /api/v1/categories`: every category's targets, for any officer.
    @Sendable func categories(_ request: Request, context: HubRequestContext) async throws -> CategoryList {
        CategoryList(categories: try await levels.categories(logger: context.logger))
    }

    /// `PUT /api/v1/categories/{code}/service-level` (province admins): re-times the category's open reports.
    @Sendable func setTarget(_ request: Request, context: HubRequestContext) async throws -> CategoryServiceLevel {
        let code = try context.parameters.require("code")
        let body = try await request.decode(as: TargetBody.self, context: context)
        return try await levels.setTarget(try Self.target(body), category: code, logger: context.logger)
    }

    /// `GET /api/v1/holidays`.
    @Sendable func holidays(_ request: Request, context: HubRequestContext) async throws -> HolidayList {
        HolidayList(holidays: try await levels.holidays(logger: context.logger))
    }

    /// `PUT /api/v1/holidays/{day}` (province admins): 201 new, 200 renamed.
    @Sendable func setHoliday(_ request: Request, context: HubRequestContext) async throws
        -> EditedResponse<PublicHoliday>
    {
        let day = try Self.day(context)
        let body = try await request.decode(as: HolidayBody.self, context: context)
        guard let name = body.name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty, name.count <= 200
        else { throw APIError.invalidParameter("name", "the holiday's name, 1 to 200 characters") }
        let created = try await levels.setHoliday(day, name: name, logger: context.logger)
        return EditedResponse(
            status: created ? .created : .ok, response: PublicHoliday(day: day.description, name: name))
    }

    /// `DELETE /api/v1/holidays/{day}` (province admins).
    @Sendable func removeHoliday(_ request: Request, context: HubRequestContext) async throws -> Response {
        let day = try Self.day(context)
        guard try await levels.removeHoliday(day, logger: context.logger) else {
            throw APIError(.notFound, code: "not_found", message: "no holiday on \(day)")
        }
        return Response(status: .noContent)
    }

    static func day(_ context: HubRequestContext) throws -> CivilDay {
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
