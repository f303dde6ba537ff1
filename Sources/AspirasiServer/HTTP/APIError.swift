import Foundation
import Hummingbird
import NIOCore

/// An error the API shows to its caller: an HTTP status and a JSON body
/// `{"error": {"code", "message", "parameter"?}}` naming what is wrong.
public struct APIError: Error, HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    public let parameter: String?
    /// For an illegal transition: the actions allowed instead.
    public var allowed: [String]?
    /// Sent as `Retry-After` (seconds): when a refused caller may try again.
    public var retryAfterSeconds: Int?

    public init(
        _ status: HTTPResponse.Status, code: String, message: String, parameter: String? = nil,
        allowed: [String]? = nil
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.parameter = parameter
        self.allowed = allowed
    }

    struct Body: Encodable {
        struct Detail: Encodable {
            let code: String
            let message: String
            let parameter: String?
            let allowed: [String]?
        }
        let error: Detail
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = Body(error: .init(code: code, message: message, parameter: parameter, allowed: allowed))
        let data = try JSONEncoder().encode(body)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if let retryAfterSeconds { headers[.retryAfter] = "\(retryAfterSeconds)" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension APIError {
    static func invalidParameter(_ name: String, _ message: String) -> APIError {
        APIError(.badRequest, code: "invalid_parameter", message: message, parameter: name)
    }

    /// A webhook of a channel this hub has no settings for.
    static func channelNotConfigured(_ channel: String) -> APIError {
        APIError(.notFound, code: "channel_not_configured", message: "\(channel) is not configured on this hub")
    }

    /// Sign-in refused while the username or the client address is locked out.
    static func tooManyAttempts(retryAfterSeconds: Int) -> APIError {
        var error = APIError(
            .tooManyRequests, code: "too_many_attempts",
            message: "too many failed sign-ins; try again in \(retryAfterSeconds) seconds")
        error.retryAfterSeconds = retryAfterSeconds
        return error
    }

    static func missingParameter(_ name: String) -> APIError {
        APIError(
            .badRequest, code: "missing_parameter", message: "the query parameter \(name) is required", parameter: name)
    }
}
