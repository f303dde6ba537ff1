import Logging
import NIOCore
import NIOPosix

/// Login data for SMTP AUTH (PLAIN preferred, LOGIN otherwise).
public struct SMTPCredentials: Sendable {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// Settings of an `SMTPClient`.
public struct SMTPConfiguration: Sendable {
    /// The name given in EHLO/HELO; ideally this host's public DNS name.
    public var clientHostname: String = "localhost"
    /// When set, the client authenticates after EHLO (and after STARTTLS, when configured).
    public var credentials: SMTPCredentials?
    public var connectTimeout: Duration = .seconds(30)
    /// Limit for each command's reply (and for writing the message, plus time for its size).
    public var commandTimeout: Duration = .seconds(60)
    /// Limit for the reply to the final "."; RFC 5321 4.5.3.2.6 suggests 10 minutes, since servers
    /// filter the message before answering. Passing it leaves the outcome unknown.
    public var finalReplyTimeout: Duration = .seconds(10 * 60)
    /// Longest reply line accepted.
    public var maxLineLength: Int = 16 * 1024
    /// Allow AUTH without TLS to a non-loopback host (the password would cross the network in clear).
    public var allowInsecureAuthentication: Bool = false
    public var eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    public init() {}
}

/// An SMTP client (RFC 5321) for submitting mail over one connection.
///
/// Every error thrown is an `SMTPError` (or `CancellationError`). After network errors, timeouts,
/// `.unknownOutcome` and 421 replies the connection is closed; after other negative replies the
/// transaction is reset and the client can send again.
public actor SMTPClient {
    public nonisolated let host: String
    let configuration: SMTPConfiguration
    let logger: Logger
    var connection: MailConnection?
    var inUse = false
    /// Whether the connection is encrypted (implicit TLS or after STARTTLS).
    public internal(set) var isTLS: Bool
    /// The dialogue step in progress, so transport failures name where they happened.
    var stage: SMTPError.Stage = .connect
    /// EHLO keywords (upper case) with their parameters, e.g. "SIZE": "35882577".
    public internal(set) var extensions: [String: String] = [:]

    init(host: String, connection: MailConnection, isTLS: Bool, configuration: SMTPConfiguration, logger: Logger) {
        self.host = host
        self.connection = connection
        self.isTLS = isTLS
        self.configuration = configuration
        self.logger = logger
    }

    deinit {
        connection?.channel.close(promise: nil)
    }

    public var isConnected: Bool { connection != nil }

    /// Closes without QUIT.
    public func close() async {
        guard let connection else { return }
        self.connection = nil
        await connection.close()
    }

    /// Runs `body` as one client call: no overlapping calls; transport failures become transient
    /// `SMTPError`s at the current stage and close the connection, as do errors that already ended it.
    func perform<T: Sendable>(stage: SMTPError.Stage, _ body: () async throws -> T) async throws -> T {
        guard connection != nil else {
            throw SMTPError(kind: .transient, stage: stage, message: "connection is closed")
        }
        guard !inUse else {
            throw SMTPError(kind: .transient, stage: stage, message: "another call on this client is in progress")
        }
        inUse = true
        self.stage = stage
        defer { inUse = false }
        do {
            return try await body()
        } catch let error as SMTPError {
            if error.replyCode == nil || error.replyCode == 421 || error.kind == .unknownOutcome { await close() }
            throw error
        } catch let error as MailConnectionError {
            await close()
            throw SMTPError(kind: .transient, stage: self.stage, message: error.description)
        } catch is CancellationError {
            await close()
            throw CancellationError()
        } catch {
            await close()
            throw SMTPError(kind: .transient, stage: self.stage, message: "\(error)")
        }
    }

    func activeConnection(stage: SMTPError.Stage) throws -> MailConnection {
        guard let connection else { throw SMTPError(kind: .transient, stage: stage, message: "connection is closed") }
        return connection
    }

    /// Sends one command line (CRLF added) and reads its reply. `logAs` replaces the line in logs.
    func command(
        _ line: String,
        stage: SMTPError.Stage,
        logAs: String? = nil,
        timeout: Duration? = nil
    ) async throws -> SMTPReply {
        let connection = try activeConnection(stage: stage)
        self.stage = stage
        logger.debug("SMTP command", metadata: ["host": "\(host)", "command": "\(logAs ?? line)"])
        try await connection.write(Array((line + "\r\n").utf8), timeout: configuration.commandTimeout)
        return try await readReply(stage: stage, timeout: timeout)
    }

    /// Reads a possibly multi-line reply (`250-first`, `250-second`, `250 last`).
    func readReply(stage: SMTPError.Stage, timeout: Duration? = nil) async throws -> SMTPReply {
        let connection = try activeConnection(stage: stage)
        let deadline = NIODeadline.now() + (timeout ?? configuration.commandTimeout).timeAmount
        var lines: [String] = []
        var code = 0
        for _ in 0..<1000 {
            let line = try await connection.readLine(maxLength: configuration.maxLineLength, deadline: deadline)
            guard line.count >= 3, let lineCode = Int(String(decoding: line.prefix(3), as: UTF8.self)),
                (200...599).contains(lineCode)
            else {
                throw SMTPError(kind: .transient, stage: stage, message: "malformed reply line")
            }
            let separator = line.count > 3 ? line[3] : UInt8(ascii: " ")
            guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else {
                throw SMTPError(kind: .transient, stage: stage, message: "malformed reply line")
            }
            code = lineCode
            lines.append(String(decoding: line.dropFirst(4), as: UTF8.self))
            if separator == UInt8(ascii: " ") { return SMTPReply(code: code, lines: lines) }
        }
        throw SMTPError(kind: .transient, stage: stage, message: "reply with too many lines")
    }

    /// Says QUIT and closes. Never throws: the connection is closed either way.
    public func quit() async {
        if connection != nil, !inUse {
            _ = try? await perform(stage: .quit) {
                try await command("QUIT", stage: .quit)
            }
        }
        await close()
    }
}
