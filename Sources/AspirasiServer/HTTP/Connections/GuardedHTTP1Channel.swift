import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 child channel with the hub's guard in front: each
/// connection is counted by the `ConnectionLimiter` and gets a
/// `ConnectionGuardHandler` (header and body timeouts, or a 503 if refused).
struct GuardedHTTP1Channel: ServerChildChannel, HTTPChannelHandler {
    typealias Value = HTTP1Channel.Value

    let responder: HTTPChannelHandler.Responder
    let limits: HTTPLimits
    let limiter: ConnectionLimiter
    let metrics: ConnectionMetrics

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let address = ConnectionLimiter.key(for: channel.remoteAddress)
        let refusal = limiter.admit(address)
        if refusal == nil {
            metrics.opened()
            channel.closeFuture.whenComplete { [limiter, metrics] _ in
                limiter.release(address)
                metrics.closed()
            }
        }
        let http1 = HTTP1Channel(
            responder: responder,
            configuration: .init(
                additionalChannelHandlers: [
                    ConnectionGuardHandler(limits: limits, refusal: refusal, metrics: metrics)
                ],
                idleTimeout: TimeAmount(limits.idleTimeout)))
        return channel.eventLoop.makeCompletedFuture {
            // First in the pipeline, ahead of the HTTP decoder, to see bytes before they make a whole head.
            try channel.pipeline.syncOperations.addHandler(RequestBytesObserver())
        }.flatMap {
            http1.setup(channel: channel, logger: logger)
        }
    }

    func handle(value: Value, logger: Logger) async {
        await handleHTTP(asyncChannel: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with the hub's timeouts and connection limits; one limiter counts for the whole server.
    static func guardedHTTP1(_ limits: HTTPLimits, metrics: ConnectionMetrics) -> HTTPServerBuilder {
        let limiter = ConnectionLimiter(perAddress: limits.connectionsPerAddress, total: limits.connections)
        return HTTPServerBuilder { responder in
            GuardedHTTP1Channel(responder: responder, limits: limits, limiter: limiter, metrics: metrics)
        }
    }
}
