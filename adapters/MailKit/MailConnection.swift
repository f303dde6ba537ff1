import NIOCore
import NIOPosix
import NIOSSL

/// One TCP (optionally TLS) connection to a mail server, with line- and byte-oriented reads that each
/// have a deadline. IMAP and SMTP build on it; it knows nothing about either protocol.
///
/// A read that times out or is cancelled leaves the connection intact (the bytes stay buffered), so a
/// caller such as IMAP IDLE can decide to carry on; the protocol clients close it when the dialogue
/// state is no longer known.
final class MailConnection: Sendable {
    let channel: any Channel
    private let inbox: MailConnectionInbox
    /// The name used for certificate checks, also needed when STARTTLS upgrades later.
    private let serverHostname: String?

    private init(channel: any Channel, inbox: MailConnectionInbox, serverHostname: String?) {
        self.channel = channel
        self.inbox = inbox
        self.serverHostname = serverHostname
    }

    /// Opens the connection; with `tls` the TLS handshake starts at once (implicit TLS, ports 993/465).
    static func connect(
        host: String,
        port: Int,
        tls: TLSConfiguration?,
        timeout: Duration,
        group: any EventLoopGroup
    ) async throws -> MailConnection {
        let inbox = MailConnectionInbox()
        let hostname = Self.certificateHostname(for: host)
        let sslContext: NIOSSLContext?
        do {
            sslContext = try tls.map { try NIOSSLContext(configuration: $0) }
        } catch {
            throw MailConnectionError.connectFailed("TLS configuration: \(error)")
        }
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(timeout.timeAmount)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let sslContext {
                        let tlsHandler = try NIOSSLClientHandler(context: sslContext, serverHostname: hostname)
                        try channel.pipeline.syncOperations.addHandler(tlsHandler)
                    }
                    try channel.pipeline.syncOperations.addHandler(MailConnectionHandler(inbox: inbox))
                }
            }
        do {
            let channel = try await bootstrap.connect(host: Self.unbracketed(host), port: port).get()
            return MailConnection(channel: channel, inbox: inbox, serverHostname: hostname)
        } catch {
            throw MailConnectionError.connectFailed("\(host):\(port): \(error)")
        }
    }

    /// Reads one line (terminator removed). The whole line must arrive before `deadline`.
    func readLine(maxLength: Int, deadline: NIODeadline) async throws -> [UInt8] {
        while true {
            switch inbox.takeLine(maxLength: maxLength) {
            case .value(let line):
                return line
            case .failed(let error):
                throw error
            case .needMore(let generation):
                // Wanting a whole line's worth keeps socket reads flowing up to the line limit.
                try await waitForData(after: generation, wanted: maxLength + 2, deadline: deadline)
            }
        }
    }

    /// Reads exactly `count` bytes. `inactivityTimeout` applies to each wait for more data, so a large
    /// literal on a slow but live link is not cut off, while a stalled server still is.
    func readBytes(_ count: Int, inactivityTimeout: Duration) async throws -> [UInt8] {
        while true {
            switch inbox.takeBytes(count) {
            case .value(let bytes):
                return bytes
            case .failed(let error):
                throw error
            case .needMore(let generation):
                let deadline = NIODeadline.now() + inactivityTimeout.timeAmount
                try await waitForData(after: generation, wanted: count, deadline: deadline)
            }
        }
    }

    /// Writes and flushes; gives up (closing the connection) when the peer does not take the bytes in time.
    func write(_ bytes: [UInt8], timeout: Duration) async throws {
        let deadline = NIODeadline.now() + timeout.timeAmount
        var buffer = channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        let channel = self.channel
        let timer = channel.eventLoop.scheduleTask(deadline: deadline) { channel.close(promise: nil) }
        defer { timer.cancel() }
        do {
            try await channel.writeAndFlush(buffer).get()
        } catch {
            if NIODeadline.now() >= deadline { throw MailConnectionError.timeout }
            if error is ChannelError { throw MailConnectionError.closed }
            throw MailConnectionError.io("\(error)")
        }
    }

    /// Starts TLS on the established connection (after the server agreed to STARTTLS).
    ///
    /// Anything the server sent after its STARTTLS reply would be plaintext smuggled into the TLS
    /// session (the CVE-2011-0411 class of attacks), so buffered bytes make this fail.
    func startTLS(configuration: TLSConfiguration) async throws {
        guard inbox.isEmpty else {
            throw MailConnectionError.protocolViolation("server sent data after agreeing to STARTTLS")
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw MailConnectionError.connectFailed("TLS configuration: \(error)")
        }
        let channel = self.channel
        let hostname = serverHostname
        do {
            try await channel.eventLoop.submit {
                let tlsHandler = try NIOSSLClientHandler(context: context, serverHostname: hostname)
                try channel.pipeline.syncOperations.addHandler(tlsHandler, position: .first)
            }.get()
        } catch {
            throw MailConnectionError.io("starting TLS: \(error)")
        }
    }

    /// Closes the connection; safe to call more than once.
    func close() async {
        try? await channel.close().get()
    }

    private func waitForData(after generation: UInt64, wanted: Int, deadline: NIODeadline) async throws {
        let channel = self.channel
        try await inbox.wait(
            after: generation,
            wanted: wanted,
            deadline: deadline,
            eventLoop: channel.eventLoop,
            requestRead: { channel.read() }
        )
    }

    /// SNI and certificate checks need a DNS name; for an IP literal NIOSSL checks the peer address instead.
    static func certificateHostname(for host: String) -> String? {
        let bare = unbracketed(host)
        if (try? SocketAddress(ipAddress: bare, port: 0)) != nil { return nil }
        return bare
    }

    /// "[::1]" as written in URLs and configs is "::1" to the resolver.
    static func unbracketed(_ host: String) -> String {
        if host.hasPrefix("["), host.hasSuffix("]"), host.count >= 2 {
            return String(host.dropFirst().dropLast())
        }
        return host
    }

    /// Whether `host` names this machine, where sending a password without TLS exposes it to no network.
    static func isLoopback(_ host: String) -> Bool {
        let bare = unbracketed(host).lowercased()
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }
}

/// Feeds received bytes into the inbox and holds back socket reads while the inbox is full.
final class MailConnectionHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let inbox: MailConnectionInbox

    init(inbox: MailConnectionInbox) {
        self.inbox = inbox
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        inbox.append(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        inbox.fail(.closed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A server that closes without a TLS close_notify has still just closed the connection.
        if let tlsError = error as? NIOSSLError, case .uncleanShutdown = tlsError {
            inbox.fail(.closed)
        } else {
            inbox.fail(.io("\(error)"))
        }
        context.close(promise: nil)
    }

    func read(context: ChannelHandlerContext) {
        if !inbox.shouldSuppressRead() {
            context.read()
        }
    }
}

extension Duration {
    /// NIO's time type; negative durations count as zero.
    var timeAmount: TimeAmount {
        let (seconds, attoseconds) = components
        if seconds < 0 { return .zero }
        let clamped = min(seconds, Int64.max / 1_000_000_000 - 1)
        return .nanoseconds(clamped * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
