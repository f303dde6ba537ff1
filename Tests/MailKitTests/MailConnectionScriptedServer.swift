import NIOCore
import NIOPosix
import Testing

/// A one-connection server on 127.0.0.1 that plays a script, for the misbehaviour real servers don't
/// show on demand: dropped connections, silence, absurd lines, lies about sizes.
struct ScriptedMailServer: Sendable {
    enum Step: Sendable {
        /// Send these bytes.
        case send(String)
        /// Read lines until one starts with this prefix.
        case expect(String)
        /// Close the connection.
        case close
        /// Say nothing more; wait until the client hangs up.
        case silence
    }

    let port: Int
    let task: Task<Void, any Error>

    static func start(_ steps: [Step]) async throws -> ScriptedMailServer {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let port = try #require(server.channel.localAddress?.port)
        let task = Task {
            try await server.executeThenClose { connections in
                for try await connection in connections {
                    try await connection.executeThenClose { input, output in
                        try await play(steps, input: input, output: output)
                    }
                    break
                }
            }
        }
        return ScriptedMailServer(port: port, task: task)
    }

    /// Waits for the script to finish (the server closes after the first connection).
    func finish() async {
        _ = await task.result
    }

    private static func play(
        _ steps: [Step],
        input: NIOAsyncChannelInboundStream<ByteBuffer>,
        output: NIOAsyncChannelOutboundWriter<ByteBuffer>
    ) async throws {
        var iterator = input.makeAsyncIterator()
        var pending: [UInt8] = []
        for step in steps {
            switch step {
            case .send(let text):
                try await output.write(ByteBuffer(string: text))
            case .expect(let prefix):
                while true {
                    if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                        let line = String(decoding: pending[..<newline], as: UTF8.self)
                        pending.removeSubrange(...newline)
                        if line.hasPrefix(prefix) { break }
                        continue
                    }
                    guard let chunk = try await iterator.next() else { return }
                    pending += Array(buffer: chunk)
                }
            case .close:
                return
            case .silence:
                while try await iterator.next() != nil {}
                return
            }
        }
    }
}
