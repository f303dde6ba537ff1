import Foundation
import Hummingbird
import NIOCore

/// JSON for the officers' API: snake_case keys and ISO 8601 times.
enum JSONBody {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Decodes a request body of at most `limit` bytes; a bad body is a 400 naming the problem (and the
    /// field, for a string holding U+0000).
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 64 * 1024) async throws -> T {
        let body = Data(try await request.body.collect(upTo: limit).readableBytesView)
        try refuseNUL(in: body)
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(T.self, from: body)
        } catch {
            throw APIError(
                .badRequest, code: "invalid_json",
                message: "the body must be a JSON object: \(describe(error))")
        }
    }

    /// Names the offending field of a decoding error, never echoing the body.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let field = context.codingPath.map(\.stringValue).joined(separator: ".")
            return field.isEmpty ? "wrong type" : "the field \(field) has the wrong type"
        default:
            return "malformed JSON"
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
