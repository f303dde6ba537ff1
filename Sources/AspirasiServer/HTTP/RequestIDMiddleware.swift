import AspirasiCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Gives every request an id: the caller's `X-Request-Id` when it is a sane token
/// (`RequestCorrelation.isAcceptable`), else a new one. The id is echoed in the response and set as
/// `RequestCorrelation.requestID` for the request's task, whence the intake stores it on the message,
/// its events and its deliveries, and every log line written in the request has it as `request_id`
/// (`Logger.MetadataProvider.requestID`, installed with the logging system).
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let id =
            requestIDHeader.flatMap { request.headers[$0] }.flatMap { RequestCorrelation.isAcceptable($0) ? $0 : nil }
            ?? Self.make()
        var response = try await RequestCorrelation.$requestID.withValue(id) { try await next(request, context) }
        if let header = requestIDHeader { response.headers[header] = id }
        return response
    }

    /// 128 random bits as 32 lower-case hex digits (a UUID's string, lower-cased and stripped of its
    /// dashes, cost 6% of the hub's CPU time on `GET /api/v1/locate`).
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 32) { buffer in
            for half in 0..<2 {
                var bits = generator.next()
                for index in 0..<16 {
                    buffer[half * 16 + 15 - index] = digits[Int(bits & 0xF)]
                    bits >>= 4
                }
            }
            return 32
        }
    }
}

extension Logger.MetadataProvider {
    /// `request_id` from the task's `RequestCorrelation.requestID`, read only when a line is written.
    public static let requestID = Logger.MetadataProvider {
        RequestCorrelation.requestID.map { ["request_id": .string($0)] } ?? [:]
    }
}

/// `X-Request-Id` (a valid field name, so never nil).
let requestIDHeader = HTTPField.Name("X-Request-Id")

/// Query parameters that may carry a secret or a citizen's data, kept out of trace spans.
let tracingRedactedParameters: Set<String> = [
    "api_key", "lat", "long", "lon", "address_string", "email", "phone", "first_name", "last_name", "description",
    "token", "hub.verify_token", "crc_token",
]
