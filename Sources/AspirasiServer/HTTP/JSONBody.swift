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

    /// Decodes a request body of at most `limit` bytes; a bad body is a 400 naming the problem.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int = 64 * 1024) async throws -> T {
        let body = try await request.body.collect(upTo: limit)
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(T.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError(
                .badRequest, code: "invalid_json",
                message: "the body must be a JSON object: \(PartnerMessageRoutes.describe(error))")
        }
    }
}
