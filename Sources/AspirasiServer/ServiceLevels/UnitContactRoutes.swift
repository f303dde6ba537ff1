import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Admins manage where the officials of their unit, and of the units inside it, are notified
/// and escalated to.
struct UnitContactRoutes: Sendable {
    let contacts: UnitContactStore
    let scopes: UnitScopes

    struct ContactBody: Decodable {
        let role: String?
        let name: String?
        let channel: String?
        let address: String?
    }

    struct ContactList: ResponseEncodable {
        let contacts: [UnitContact]
    }

    /// `GET /api/v1/units/{code}/contacts`.
    @Sendable func list(_ request: Request, context: HubRequestContext) async throws -> ContactList {
        let unit = try await coveredUnit(context)
        return ContactList(contacts: try await contacts.list(unit: unit, logger: context.logger))
    }

    /// `POST /api/v1/units/{code}/contacts`.
    @Sendable func add(_ request: Request, context: HubRequestContext) async throws -> EditedResponse<UnitContact> {
        let unit = try await coveredUnit(context)
        let body = try await request.decode(as: ContactBody.self, context: context)
        let (role, channel, address) = try Self.validate(body)
        let contact = try await contacts.add(
            unit: unit, role: role, name: body.name, channel: channel, address: address, logger: context.logger)
        return EditedResponse(status: .created, response: contact)
    }

    /// `DELETE /api/v1/units/{code}/contacts/{id}`.
    @Sendable func remove(_ request: Request, context: HubRequestContext) async throws -> Response {
        let unit = try await coveredUnit(context)
        let id = try context.parameters.require("id", as: Int.self)
        guard try await contacts.deactivate(id, unit: unit, logger: context.logger) else {
            throw APIError(.notFound, code: "not_found", message: "no contact \(id) of unit \(unit)")
        }
        return Response(status: .noContent)
    }

    /// The unit in the path, which must be the admin's or inside it.
    func coveredUnit(_ context: HubRequestContext) async throws -> String {
        let unit = try context.parameters.require("code")
        try await scopes.require(try context.officer(), covers: unit)
        return unit
    }

    /// Officials are reached by SMS, email or a partner callback; the address must fit the channel.
    static func validate(_ body: ContactBody) throws -> (String, Channel, String) {
        guard let role = body.role?.trimmingCharacters(in: .whitespaces), !role.isEmpty, role.count <= 60 else {
            throw APIError.invalidParameter(
                "role", "who this is, such as lurah, camat or sekretariat (1 to 60 characters)")
        }
        guard let channel = body.channel.flatMap(Channel.init), [.sms, .email, .api].contains(channel) else {
            throw APIError.invalidParameter("channel", "sms, email or api")
        }
        let address = body.address?.trimmingCharacters(in: .whitespaces) ?? ""
        let valid: Bool
        switch channel {
        case .sms:
            let digits = address.hasPrefix("+") ? address.dropFirst() : Substring(address)
            valid = (8...15).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
        case .email:
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            valid =
                parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && address.count <= 254
                && !address.contains(where: { $0.isWhitespace })
        default:
            valid = (1...200).contains(address.count) && !address.contains(where: { $0.isWhitespace })
        }
        guard valid else {
            throw APIError.invalidParameter(
                "address", "a phone number in international form for sms, an email address for email")
        }
        return (role, channel, address)
    }
}
