import Foundation
import Hummingbird
import NIOCore

/// The hub's JSON: snake_case keys and ISO 8601 times, both ways.
enum HubJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// Names the offending field of a decoding error, never echoing the body.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "wrong type" : "the field \(field) has the wrong type"
        case DecodingError.keyNotFound(let key, let context):
            let field = (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            return "the field \(field) is required"
        default:
            return "malformed JSON"
        }
    }
}

/// `request.decode(as:context:)` for every JSON body: at most the context's upload size, and a
/// body that is not the expected object, or a string holding U+0000, is a 400 naming the field.
public struct HubJSONDecoder: RequestDecoder {
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext)
        async throws -> T
    {
        let body = Data(try await request.body.collect(upTo: context.maxUploadSize).readableBytesView)
        try HubJSON.refuseNUL(in: body)
        do {
            return try HubJSON.decoder().decode(T.self, from: body)
        } catch {
            throw APIError(
                .badRequest, code: "invalid_json", message: "the body must be a JSON object: \(HubJSON.describe(error))"
            )
        }
    }
}

extension Request {
    /// The token of an `Authorization: Bearer …` header (partner keys, officer tokens).
    var bearerToken: String? {
        guard let header = headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
        return String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }
}
