import Logging
import NIOCore

/// An IMAP client for one account and one connection (RFC 9051 / RFC 3501 subset).
///
/// Calls are serialised by the caller: a second call while one is running fails with
/// `IMAPError.notReady` instead of interleaving commands on the wire. Every error thrown is an
/// `IMAPError` (or `CancellationError`); errors whose `closesConnection` is true leave the client
/// closed, and the caller connects anew.
///
/// Typical inbound loop: `connect`, `login`, `select("INBOX")`, then repeatedly `fetch(uidsFrom:limit:)`,
/// store the messages, `markSeen(uids:)`, and `idle(timeout: .seconds(25 * 60))` when the server has IDLE
/// (RFC 2177 servers may drop an IDLE after 30 minutes), or sleep and poll otherwise.
public actor IMAPClient {
    public nonisolated let host: String
    let configuration: IMAPConfiguration
    let logger: Logger
    var connection: MailConnection?
    var tagCounter = 0
    var inUse = false
    /// Whether the connection is encrypted (implicit TLS or after STARTTLS).
    public internal(set) var isTLS: Bool
    var isAuthenticated = false
    var selectedMailbox: String?
    /// Message count of the selected mailbox as the server last told us.
    var exists: UInt32 = 0
    /// Set when the server announced more messages than before; cleared when a fetch starts.
    var pendingNewMail = false
    var byeText: String?
    /// True while the server has accepted IDLE and DONE has not been sent (lets tests synchronise).
    var isIdling = false

    /// Capabilities as last advertised (upper case), e.g. "IDLE", "UIDPLUS", "AUTH=PLAIN".
    public internal(set) var capabilities: Set<String> = []

    init(host: String, connection: MailConnection, isTLS: Bool, configuration: IMAPConfiguration, logger: Logger) {
        self.host = host
        self.connection = connection
        self.isTLS = isTLS
        self.configuration = configuration
        self.logger = logger
    }

    deinit {
        connection?.channel.close(promise: nil)
    }

    /// Whether the connection is still open (as far as the client knows).
    public var isConnected: Bool { connection != nil }

    /// Closes the connection without LOGOUT (use `logout()` for a polite goodbye).
    public func close() async {
        await shutdown()
    }

    // MARK: Running commands

    /// Runs `body` as one client call: rejects overlapping calls, and closes the connection on
    /// errors after which the dialogue state is unknown.
    func perform<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        guard connection != nil else { throw IMAPError.notReady("connection is closed") }
        guard !inUse else { throw IMAPError.notReady("another call on this client is in progress") }
        inUse = true
        defer { inUse = false }
        do {
            return try await body()
        } catch let error as IMAPError {
            if error.closesConnection { await shutdown() }
            throw error
        } catch let error as MailConnectionError {
            let mapped = map(error)
            await shutdown()
            throw mapped
        } catch is CancellationError {
            await shutdown()
            throw CancellationError()
        } catch {
            await shutdown()
            throw IMAPError.protocolError("\(error)")
        }
    }

    func map(_ error: MailConnectionError) -> IMAPError {
        switch error {
        case .connectFailed(let text): return .connectionFailed(text)
        case .timeout: return .timeout
        case .closed: return .connectionLost(byeText.map { "server said BYE: \($0)" } ?? "closed by server")
        case .io(let text): return .connectionLost(text)
        case .lineTooLong(let limit): return .protocolError("server line longer than \(limit) bytes")
        case .protocolViolation(let text): return .protocolError(text)
        case .concurrentRead: return .notReady("concurrent read")
        }
    }

    func shutdown() async {
        guard let connection else { return }
        self.connection = nil
        isAuthenticated = false
        selectedMailbox = nil
        await connection.close()
    }

    func activeConnection() throws -> MailConnection {
        guard let connection else { throw IMAPError.notReady("connection is closed") }
        return connection
    }

    /// Sends a tagged command (waiting for `+` before each literal) and reads until its tagged reply.
    /// Untagged responses go through `observe` and then to `onResponse`.
    @discardableResult
    func execute(
        _ command: IMAPCommand,
        writeTimeout: Duration? = nil,
        onResponse: (IMAPResponse) throws -> Void = { _ in }
    ) async throws -> (code: IMAPResponseCode?, text: String) {
        let tag = try await send(command, writeTimeout: writeTimeout, onResponse: onResponse)
        return try await awaitTagged(tag, command: command.name, onResponse: onResponse)
    }

    /// Sends the command and returns its tag, without waiting for the tagged reply.
    func send(
        _ command: IMAPCommand,
        writeTimeout: Duration? = nil,
        onResponse: (IMAPResponse) throws -> Void = { _ in }
    ) async throws -> String {
        let connection = try activeConnection()
        tagCounter += 1
        let tag = "A\(tagCounter)"
        logger.debug("IMAP command", metadata: ["host": "\(host)", "tag": "\(tag)", "command": "\(command.name)"])
        let timeout = writeTimeout ?? configuration.readTimeout
        var pending = Array("\(tag) ".utf8)
        for part in command.parts {
            switch part {
            case .text(let bytes):
                pending += bytes
            case .literal(let bytes):
                pending += Array("{\(bytes.count)}\r\n".utf8)
                try await connection.write(pending, timeout: configuration.readTimeout)
                try await awaitContinuation(tag, command: command.name, onResponse: onResponse)
                pending = bytes
            }
        }
        pending += Array("\r\n".utf8)
        try await connection.write(pending, timeout: timeout)
        return tag
    }

    /// Reads until the server's `+` continuation; a tagged reply instead means the command was refused.
    func awaitContinuation(
        _ tag: String,
        command: String,
        onResponse: (IMAPResponse) throws -> Void
    ) async throws {
        while true {
            let response = try await readResponse()
            switch response {
            case .continuation:
                return
            case .tagged(let responseTag, let status, _, let text) where responseTag == tag:
                throw failure(command: command, status: status, text: text)
            default:
                try observe(response)
                try onResponse(response)
            }
        }
    }

    /// Reads until the tagged reply for `tag`; NO and BAD become `IMAPError.commandFailed`.
    func awaitTagged(
        _ tag: String,
        command: String,
        onResponse: (IMAPResponse) throws -> Void
    ) async throws -> (code: IMAPResponseCode?, text: String) {
        while true {
            let response = try await readResponse()
            switch response {
            case .tagged(let responseTag, let status, let code, let text) where responseTag == tag:
                if status == .ok {
                    if let code { try observe(code: code) }
                    return (code, text)
                }
                throw failure(command: command, status: status, text: text)
            case .tagged:
                throw IMAPError.protocolError("reply with an unknown tag while waiting for \(tag)")
            case .continuation:
                throw IMAPError.protocolError("unexpected continuation request during \(command)")
            default:
                try observe(response)
                try onResponse(response)
            }
        }
    }

    func failure(command: String, status: IMAPStatusWord, text: String) -> IMAPError {
        switch status {
        case .no: return .commandFailed(command: command, status: .no, text: text)
        case .bad: return .commandFailed(command: command, status: .bad, text: text)
        default: return .protocolError("tagged \(status.rawValue) for \(command): \(text)")
        }
    }

    func readResponse(firstLineDeadline: NIODeadline? = nil, quietIsNormal: Bool = false) async throws -> IMAPResponse {
        let connection = try activeConnection()
        let reader = IMAPResponseReader(
            connection: connection,
            maxLineLength: configuration.maxLineLength,
            maxLiteralSize: configuration.maxMessageSize,
            maxResponseSize: configuration.maxMessageSize + 4 * configuration.maxLineLength,
            readTimeout: configuration.readTimeout
        )
        let raw = try await reader.read(firstLineDeadline: firstLineDeadline, quietIsNormal: quietIsNormal)
        return try IMAPResponse.parse(raw)
    }

    /// Keeps the state that untagged responses carry, whichever command they arrive with.
    func observe(_ response: IMAPResponse) throws {
        switch response {
        case .exists(let count):
            if count > exists { pendingNewMail = true }
            exists = count
        case .expunge:
            if exists > 0 { exists -= 1 }
        case .capability(let list):
            capabilities = Set(list)
        case .status(.bye, _, let text):
            byeText = text
        case .status(_, let code?, _):
            try observe(code: code)
        default:
            break
        }
    }

    func observe(code: IMAPResponseCode) throws {
        if code.name == "CAPABILITY" {
            capabilities = Set(code.words.map { $0.uppercased() })
        }
    }
}
