import NIOCore
import NIOPosix

/// A plain TCP connection to a live hub, for what an HTTP client library never
/// sends: a head cut off half way, a body that stops coming.
struct RawConnection: Sendable {
    enum Failure: Error {
        case stillOpen(after: Duration)
    }

    let channel: any Channel
    /// Everything the hub sent, once it has closed the connection.
    let everything: EventLoopFuture<String>

    static func open(port: Int) async throws -> RawConnection {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let closed = loop.makePromise(of: String.self)
        let channel = try await ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Collector(closed))
                }
            }
            .connect(host: "localhost", port: port).get()
        return RawConnection(channel: channel, everything: closed.futureResult)
    }

    func send(_ text: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: text))
    }

    /// What the hub sent before closing the connection, which it must do within `limit`.
    func answerAndClose(within limit: Duration) async throws -> String {
        let channel = self.channel
        let deadline = Task {
            try await Task.sleep(for: limit)
            try? await channel.close()
        }
        let text = try await everything.get()
        deadline.cancel()
        // The deadline's task finished its sleep: the test closed the connection, not the hub.
        if case .success = await deadline.result { throw Failure.stillOpen(after: limit) }
        return text
    }

    var isOpen: Bool { channel.isActive }

    func close() async {
        try? await channel.close()
    }

    /// Sends a whole request that asks the hub to close afterwards, and returns the answer.
    static func request(
        _ head: String, body: String = "", port: Int, within limit: Duration = .seconds(10)
    ) async throws -> String {
        let connection = try await open(port: port)
        try await connection.send(head + "Connection: close\r\n\r\n" + body)
        return try await connection.answerAndClose(within: limit)
    }
}

/// Gathers the bytes received and hands them over when the connection closes.
private final class Collector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private var received = ""
    private let closed: EventLoopPromise<String>

    init(_ closed: EventLoopPromise<String>) {
        self.closed = closed
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        received += String(buffer: unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed.succeed(received)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A reset after the answer: what arrived still counts.
        context.close(promise: nil)
    }
}
