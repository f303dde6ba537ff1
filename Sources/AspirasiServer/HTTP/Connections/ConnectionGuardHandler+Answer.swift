import Foundation
import HTTPTypes
import NIOCore
import NIOHTTPTypes

extension ConnectionGuardHandler {
    /// Answers a request the routes never saw (408 for a head that did not arrive, 503 for a refused
    /// connection) with the API's error body, then closes: first the output, so the answer goes out
    /// ahead of the FIN, and the whole connection once the client closes or after `linger`.
    func answerAndClose(
        _ context: ChannelHandlerContext, _ status: HTTPResponse.Status, code: String, message: String
    ) {
        phase = .closing
        let body = APIError.Body(error: .init(code: code, message: message, parameter: nil, allowed: nil))
        let bytes = ByteBuffer(bytes: (try? JSONEncoder().encode(body)) ?? Data())
        let head = HTTPResponse(
            status: status,
            headerFields: [
                .contentType: "application/json; charset=utf-8", .contentLength: String(bytes.readableBytes),
                .connection: "close",
            ])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(bytes)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            context.close(mode: .output, promise: nil)
        }
        schedule(context, in: Self.linger) { context in context.close(promise: nil) }
    }
}
