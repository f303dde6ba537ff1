import AspirasiCore
import AspirasiStore
import ChannelKit
import Crypto
import Foundation
import Hummingbird

extension Open311Routes {
    static let maximumBodyBytes = 64 * 1024
    static let maximumDescription = 4000

    /// `POST requests`: form-encoded, api_key required. Posting the same
    /// request twice (a client's retry) returns the first answer.
    func post(_ request: Request, _ format: Open311Format) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.maximumBodyBytes)
        let form = FormFields(String(decoding: body.readableBytesView, as: UTF8.self))
        guard form.malformed.isEmpty else {
            throw Open311Error.badRequest("not valid form encoding: \(form.malformed.joined(separator: ", "))")
        }
        if let field = form.pairs.first(where: { $0.0.containsNUL || $0.1.containsNUL }) {
            throw Open311Error.holdsNUL(field.0)
        }
        let key = form["api_key"] ?? request.uri.queryParameters["api_key"].map(String.init)
        guard let key, let keyName = try await keys.verify(key) else { throw Open311Error.invalidKey }
        if let asked = form["jurisdiction_id"], asked != jurisdiction {
            throw Open311Error.notFound("jurisdiction_id \(asked) not found; this server serves \(jurisdiction)")
        }
        let message = try await message(from: form, keyName: keyName, raw: Data(body.readableBytesView))
        let result = try await intake.submit(message)
        let token = String(message.externalID.dropFirst("open311:".count))
        let record: Open311Document.Record = [
            ("service_request_id", .string(result.trackingNumber)),
            ("token", .string(token)),
            (
                "service_notice",
                .string(
                    result.outcome.revealsReport
                        ? StatusProjection.note(
                            result.status,
                            reason: result.outcome == .outsideArea
                                ? .luarWilayah : (result.duplicateOf != nil ? .duplikat : nil),
                            duplicateOf: result.duplicateOf)
                        : MessageTemplates.noted)
            ),
            ("account_id", .null),
        ]
        let document = Open311Document(root: "service_requests", item: "request", records: [record])
        return format.response(document.render(format), status: result.created ? .created : .ok)
    }

    private func message(from form: FormFields, keyName: String, raw: Data) async throws -> InboundMessage {
        let code = try Self.serviceCode(form)
        guard try await intake.catalog().categories[code] != nil else {
            throw Open311Error.badRequest("service_code \(code.prefix(60)) not found; GET services lists them")
        }
        return try Self.message(from: form, serviceCode: code, keyName: keyName, raw: raw)
    }

    static func serviceCode(_ form: FormFields) throws(Open311Error) -> String {
        guard let code = form["service_code"], !code.isEmpty else {
            throw Open311Error.badRequest("service_code is required")
        }
        return code
    }

    /// Everything a posted request says, checked, once its service code is known to exist. Pure, so that
    /// `make fuzz` can throw arbitrary forms at it.
    static func message(from form: FormFields, serviceCode code: String, keyName: String, raw: Data)
        throws(Open311Error) -> InboundMessage
    {
        let location = try Self.location(form)
        let address = form["address_string"].flatMap { $0.isEmpty ? nil : $0 }
        guard location != nil || address != nil || form["address_id"] != nil else {
            throw Open311Error.badRequest("a location is required: lat and long, address_string or address_id")
        }
        let description = form["description"] ?? ""
        guard description.count <= Self.maximumDescription else {
            throw Open311Error.badRequest("description is longer than \(Self.maximumDescription) characters")
        }
        var photos: [String] = []
        if let media = form["media_url"], !media.isEmpty {
            guard media.count <= 2000, let url = URL(string: media), ["http", "https"].contains(url.scheme ?? "") else {
                throw Open311Error.badRequest("media_url must be an http(s) URL")
            }
            photos.append(media)
        }
        let handle =
            [form["email"], form["phone"], form["device_id"], form["account_id"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let name = [form["first_name"], form["last_name"]].compactMap { $0 }.joined(separator: " ")
        return InboundMessage(
            channel: .app, externalID: Self.messageID(token: Self.token(form, keyName: keyName)),
            author: .init(handle: handle, displayName: name.isEmpty ? nil : name), text: description,
            location: location, addressText: address, photos: photos, category: code, publicPost: true, sentAt: nil,
            rawPayload: raw, rawContentType: "application/x-www-form-urlencoded")
    }

    private static func location(_ form: FormFields) throws(Open311Error) -> GeoPoint? {
        let lat = form["lat"].flatMap { $0.isEmpty ? nil : $0 }
        let long = form["long"].flatMap { $0.isEmpty ? nil : $0 }
        guard lat != nil || long != nil else { return nil }
        guard let latText = lat, let longText = long, let latitude = Double(latText), let longitude = Double(longText)
        else { throw Open311Error.badRequest("lat and long must both be decimal numbers") }
        do {
            return try GeoPoint(latitude: latitude, longitude: longitude)
        } catch .latitudeOutOfRange {
            throw Open311Error.badRequest("lat must be between -90 and 90")
        } catch {
            throw Open311Error.badRequest("long must be between -180 and 180")
        }
    }

    /// The same post from the same client gets the same token, so a retried
    /// POST finds the first one instead of filing a second report.
    static func token(_ form: FormFields, keyName: String) -> String {
        let fields = form.pairs.filter { $0.0 != "api_key" }.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var canonical = keyName
        for (name, value) in fields { canonical += "\u{1F}\(name)\u{1E}\(value)" }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(canonical.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}

extension Open311Error {
    /// A field or parameter holding U+0000, which no text column can store.
    static func holdsNUL(_ field: String) -> Open311Error {
        badRequest("\(field.withoutNULs.prefix(60)) holds a NUL character (U+0000), which text may not contain")
    }
}
