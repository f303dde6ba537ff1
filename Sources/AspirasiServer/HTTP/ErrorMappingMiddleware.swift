import AspirasiCore
import AspirasiStore
import Hummingbird
import Logging
import NIOCore
import PostgresNIO

/// The one place where errors from every layer become HTTP answers. Internal
/// details are logged, never sent: the caller gets a code and a plain message.
struct ErrorMappingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            throw Self.map(error, logger: context.logger)
        }
    }

    static func map(_ error: any Error, logger: Logger) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as WorkflowError:
            return map(error)
        case let error as HTTPError:
            return APIError(
                error.status, code: error.status.code == 404 ? "not_found" : "http_\(error.status.code)",
                message: error.body ?? error.status.reasonPhrase)
        case is RequestBodyTimeout:
            return APIError(
                .requestTimeout, code: "request_timeout", message: "the request body did not arrive in time")
        case is NIOTooManyBytesError:
            return APIError(.contentTooLarge, code: "too_large", message: "the request body is too large")
        case let error as any HTTPResponseError:
            return APIError(error.status, code: "http_\(error.status.code)", message: error.status.reasonPhrase)
        case let error as StoreError where error.kind == .unavailable:
            logger.error("database unavailable", metadata: ["error": "\(error.message)"])
            return APIError(.serviceUnavailable, code: "database_unavailable", message: "the database is unavailable")
        case is PSQLError, is PostgresTransactionError:
            logger.error("database error", metadata: databaseMetadata(error))
            return APIError(.serviceUnavailable, code: "database_error", message: "the database could not answer")
        case is CancellationError:
            return APIError(.serviceUnavailable, code: "shutting_down", message: "the hub is shutting down")
        default:
            logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            return APIError(.internalServerError, code: "internal", message: "an internal error occurred")
        }
    }

    static func map(_ error: WorkflowError) -> APIError {
        switch error {
        case .unauthenticated:
            return APIError(.unauthorized, code: "unauthenticated", message: "sign in, or send a valid bearer token")
        case .forbidden(let why):
            return APIError(.forbidden, code: "forbidden", message: why)
        case .notFound(let what):
            return APIError(.notFound, code: "not_found", message: what)
        case .conflict(let current, let allowed):
            let names = allowed.map(\.rawValue).joined(separator: ", ")
            return APIError(
                .conflict, code: "illegal_transition",
                message: "the report is \(current.rawValue); allowed now: \(names.isEmpty ? "none" : names)",
                allowed: allowed.map(\.rawValue))
        case .invalid(let field, let message):
            return APIError(.badRequest, code: "invalid_field", message: message, parameter: field)
        }
    }
}
