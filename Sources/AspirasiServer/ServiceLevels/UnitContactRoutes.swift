import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

/// Admins manage where the officials of their unit, and of the units inside it, are notified
/// and escalated to.
struct UnitContactRoutes: Sendable {
    let contacts: UnitContactStore
    let authenticator: OfficerAuthenticator

    struct ContactBody: Decodable {
        let role: String?
        let name: String?
        let channel: String?
        let address: String?
    }

    func register(on router: Router<some RequestContext>) {
        router.get("/api/v1/units/:code/contacts") { request, context in
            let unit = try context.parameters.require("code")
            try await authenticator.officer(
                for: request, allowedTo: .manageSettings, over: unit, logger: context.logger)
            return try JSONBody.response(["contacts": try await contacts.list(unit: unit, logger: context.logger)])
        }
        router.post("/api/v1/units/:code/contacts") { request, context in
            let unit = try context.parameters.require("code")
            try await authenticator.officer(
                for: request, allowedTo: .manageSettings, over: unit, logger: context.logger)
            let body = try await JSONBody.decode(ContactBody.self, from: request)
            let (role, channel, address) = try Self.validate(body)
            let contact = try await contacts.add(
                unit: unit, role: role, name: body.name, channel: channel, address: address, logger: context.logger)
            return try JSONBody.response(contact, status: .created)
        }
        router.delete("/api/v1/units/:code/contacts/:id") { request, context in
            let unit = try context.parameters.require("code")
            try await authenticator.officer(
                for: request, allowedTo: .manageSettings, over: unit, logger: context.logger)
            guard let id = Int(try context.parameters.require("id")) else {
                throw APIError.invalidParameter("id", "a contact id is a number")
            }
            guard try await contacts.deactivate(id, unit: unit, logger: context.logger) else {
                throw APIError(.notFound, code: "not_found", message: "no contact \(id) of unit \(unit)")
            }
            return Response(status: .noContent)
        }
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
