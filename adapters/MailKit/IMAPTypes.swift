import NIOCore
import NIOPosix

/// What `SELECT` reports about a mailbox; the adapter keeps (mailbox, uidValidity, last UID).
public struct IMAPMailboxStatus: Sendable, Equatable {
    /// Changes when the server renumbered UIDs; the stored last UID is then meaningless.
    public var uidValidity: UInt32
    /// The UID the next message will get (optional in RFC 3501, some old servers omit it).
    public var uidNext: UInt32?
    /// Number of messages in the mailbox.
    public var exists: UInt32

    public init(uidValidity: UInt32, uidNext: UInt32?, exists: UInt32) {
        self.uidValidity = uidValidity
        self.uidNext = uidNext
        self.exists = exists
    }
}

/// Why `idle(timeout:)` returned.
public enum IMAPIdleOutcome: Sendable, Equatable {
    /// The server announced new messages (or had already done so before IDLE was entered).
    case newMail
    /// Nothing new before the timeout; call `idle` again (or fetch, to be safe against lost notifications).
    case timeout
}

/// The server's verdict on a tagged command that did not succeed.
public enum IMAPCommandStatus: String, Sendable, Equatable {
    /// The command was understood but refused (e.g. no such mailbox, quota).
    case no = "NO"
    /// The server considered the command malformed or not allowed in this state.
    case bad = "BAD"
}

/// Everything that can go wrong with `IMAPClient`.
///
/// After `connectionFailed`, `connectionLost`, `timeout`, `protocolError` and `responseTooLarge` the client
/// has closed its connection (the dialogue state is unknown) and must be replaced. The others leave it usable.
public enum IMAPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Could not connect, negotiate TLS or read the greeting.
    case connectionFailed(String)
    /// The connection dropped or the server said BYE; the text says what is known.
    case connectionLost(String)
    /// The server sent nothing for longer than the read timeout.
    case timeout
    /// LOGIN was refused (wrong credentials, account disabled, or login not allowed).
    case authenticationFailed(String)
    /// A command was answered with NO or BAD; `text` is the server's own explanation.
    case commandFailed(command: String, status: IMAPCommandStatus, text: String)
    /// The server sent something this client cannot parse.
    case protocolError(String)
    /// The message with this UID is larger than `maxMessageSize`; skip it (continue from `uid + 1`).
    case messageTooLarge(uid: UInt32, size: Int, limit: Int)
    /// A response exceeded the size limits (a server lying about message sizes, or a hostile one).
    case responseTooLarge(limit: Int)
    /// The server lacks a capability this call needs (e.g. IDLE).
    case unsupported(String)
    /// An argument cannot be sent (e.g. CR/LF in a mailbox name).
    case invalidArgument(String)
    /// The call does not fit the client's state (closed, not logged in, no mailbox, used concurrently).
    case notReady(String)

    /// Whether the client closed its connection because of this error.
    public var closesConnection: Bool {
        switch self {
        case .connectionFailed, .connectionLost, .timeout, .protocolError, .responseTooLarge: return true
        case .authenticationFailed, .commandFailed, .messageTooLarge, .unsupported, .invalidArgument, .notReady:
            return false
        }
    }

    public var description: String {
        switch self {
        case .connectionFailed(let text): return "IMAP connection failed: \(text)"
        case .connectionLost(let text): return "IMAP connection lost: \(text)"
        case .timeout: return "IMAP server did not answer in time"
        case .authenticationFailed(let text): return "IMAP login failed: \(text)"
        case .commandFailed(let command, let status, let text):
            return "IMAP \(command) failed: \(status.rawValue) \(text)"
        case .protocolError(let text): return "IMAP protocol error: \(text)"
        case .messageTooLarge(let uid, let size, let limit):
            return "IMAP message UID \(uid) has \(size) bytes, more than the limit of \(limit)"
        case .responseTooLarge(let limit): return "IMAP response larger than \(limit) bytes"
        case .unsupported(let text): return "IMAP server does not support \(text)"
        case .invalidArgument(let text): return "IMAP invalid argument: \(text)"
        case .notReady(let text): return "IMAP client not ready: \(text)"
        }
    }
}

/// Limits and timeouts of an `IMAPClient`.
public struct IMAPConfiguration: Sendable {
    /// TCP connect (and, for implicit TLS, until the greeting) limit.
    public var connectTimeout: Duration = .seconds(30)
    /// How long the server may stay silent while an answer is due (IDLE has its own timeout).
    public var readTimeout: Duration = .seconds(60)
    /// Largest message `fetch` downloads; larger ones raise `IMAPError.messageTooLarge`.
    public var maxMessageSize: Int = 32 * 1024 * 1024
    /// Bytes of messages one `fetch` call gathers at most (at least one message is always fetched).
    public var maxFetchBatchBytes: Int = 64 * 1024 * 1024
    /// Longest protocol line outside literals; a longer one is treated as a hostile server.
    public var maxLineLength: Int = 64 * 1024
    /// Allow LOGIN without TLS to a non-loopback host (the password would cross the network in clear).
    public var allowInsecureAuthentication: Bool = false
    /// Event loops to run on; the process-wide NIO singleton by default.
    public var eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton

    public init() {}
}
