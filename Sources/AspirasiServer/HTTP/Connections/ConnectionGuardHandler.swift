import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Sent up the pipeline by `RequestBytesObserver` for every read of raw bytes: the guard sees
/// only whole HTTP parts, and this tells it that a request has begun before its head is complete.
struct RequestBytesArrived {}

/// Sits before the HTTP decoder and only reports that bytes arrived.
final class RequestBytesObserver: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireUserInboundEventTriggered(RequestBytesArrived())
        context.fireChannelRead(data)
    }
}

/// Thrown into a request's body stream when the body did not arrive in time; answered with 408.
struct RequestBodyTimeout: Error {}

/// Keeps one connection from being held by a slow client. The head of a
/// request must arrive within the header timeout (else 408 and close; a
/// connection that sent nothing is closed silently), its body within the body
/// timeout (else the body stream fails, which the routes answer with 408).
/// Idle kept-alive connections are Hummingbird's idle timeout. A connection
/// the `ConnectionLimiter` refused is answered 503 at once and closed.
final class ConnectionGuardHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    enum Phase {
        /// Waiting for a request's head; `sawBytes`: some of it has arrived.
        case awaitingHead(sawBytes: Bool)
        /// The head arrived at `since`; `bytes` of body so far.
        case readingBody(since: NIODeadline, bytes: Int)
        /// The body timed out; the hub answers (408) and Hummingbird closes the connection.
        case bodyTimedOut
        /// This handler answered and is closing: the rest of what the client sends is dropped.
        case closing
    }

    /// How long a closing connection keeps reading after its answer, so the client sees the answer
    /// rather than a reset from unread bytes.
    static let linger = TimeAmount.seconds(2)

    let limits: HTTPLimits
    let refusal: ConnectionLimiter.Refusal?
    let metrics: ConnectionMetrics
    var phase = Phase.awaitingHead(sawBytes: false)
    /// Requests read whose response has not ended yet.
    var unanswered = 0
    var timer: Scheduled<Void>?
    var started = false

    init(limits: HTTPLimits, refusal: ConnectionLimiter.Refusal?, metrics: ConnectionMetrics) {
        self.limits = limits
        self.refusal = refusal
        self.metrics = metrics
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimer()
    }

    func channelActive(context: ChannelHandlerContext) {
        context.fireChannelActive()
        start(context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimer()
        context.fireChannelInactive()
    }

    private func start(_ context: ChannelHandlerContext) {
        guard !started else { return }
        started = true
        if let refusal {
            metrics.refused(refusal)
            answerAndClose(
                context, .serviceUnavailable, code: "too_many_connections",
                message: refusal == .address
                    ? "too many connections from your address; close some and try again"
                    : "the hub has too many connections open; try again shortly")
            return
        }
        // A connection's first request has the header timeout from the moment it connects.
        schedule(context, in: TimeAmount(limits.headerTimeout), headerTimedOut)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch (phase, unwrapInboundIn(data)) {
        case (.closing, _), (.bodyTimedOut, _):
            return
        case (_, .head):
            cancelTimer()
            unanswered += 1
            phase = .readingBody(since: .now(), bytes: 0)
            schedule(context, in: TimeAmount(limits.bodyTimeout), bodyTimedOut)
        case (.readingBody(let since, let bytes), .body(let buffer)):
            phase = .readingBody(since: since, bytes: bytes + buffer.readableBytes)
        case (_, .end):
            cancelTimer()
            phase = .awaitingHead(sawBytes: false)
        case (_, .body):
            break
        }
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is RequestBytesArrived:
            guard case .awaitingHead(sawBytes: false) = phase else { return }
            phase = .awaitingHead(sawBytes: true)
            // A later request on a kept-alive connection: its head's time starts with its first byte.
            // While an earlier request is still being answered the client is not the one who is late.
            if timer == nil, unanswered == 0 { schedule(context, in: TimeAmount(limits.headerTimeout), headerTimedOut) }
        case ChannelEvent.inputClosed where isClosing:
            context.close(promise: nil)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // What a closing connection still sends may not parse; it is dropped, not reported.
        guard !isClosing else { return }
        context.fireErrorCaught(error)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data), unanswered > 0 {
            unanswered -= 1
            if unanswered == 0, case .awaitingHead(sawBytes: true) = phase, timer == nil {
                schedule(context, in: TimeAmount(limits.headerTimeout), headerTimedOut)
            }
        }
        context.write(data, promise: promise)
    }

    private func headerTimedOut(_ context: ChannelHandlerContext) {
        guard case .awaitingHead(let sawBytes) = phase, unanswered == 0 else { return }
        guard sawBytes else {
            // Nothing was asked, so there is nothing to answer.
            phase = .closing
            context.close(promise: nil)
            return
        }
        metrics.timedOut("header")
        answerAndClose(
            context, .requestTimeout, code: "request_timeout",
            message: "the request head did not arrive within \(limits.headerTimeout)")
    }

    private func bodyTimedOut(_ context: ChannelHandlerContext) {
        guard case .readingBody(let since, let bytes) = phase else { return }
        let allowance = Int64(bytes / max(1, limits.bodyBytesPerSecond))
        let deadline = since + TimeAmount(limits.bodyTimeout) + .seconds(allowance)
        guard NIODeadline.now() >= deadline else {
            schedule(context, in: deadline - .now(), bodyTimedOut)
            return
        }
        metrics.timedOut("body")
        phase = .bodyTimedOut
        if unanswered == 0 {
            // Already answered (early, e.g. 401): only the unread rest of the body was awaited.
            context.close(promise: nil)
        } else {
            // The route reading the body gets the error and answers 408; the failed stream then
            // makes Hummingbird close the connection.
            context.fireErrorCaught(RequestBodyTimeout())
        }
    }

    var isClosing: Bool {
        if case .closing = phase { return true }
        return false
    }

    func schedule(
        _ context: ChannelHandlerContext, in delay: TimeAmount, _ action: @escaping (ChannelHandlerContext) -> Void
    ) {
        cancelTimer()
        timer = context.eventLoop.assumeIsolated().scheduleTask(in: delay) { [self] in
            timer = nil
            action(context)
        }
    }

    func cancelTimer() {
        timer?.cancel()
        timer = nil
    }
}

@available(*, unavailable)
extension ConnectionGuardHandler: Sendable {}
