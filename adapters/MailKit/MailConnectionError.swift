/// Failures of the byte transport under the IMAP and SMTP clients.
///
/// The protocol clients translate these into their own typed errors (`IMAPError`, `SMTPError`), because
/// only they know what a failure means at that point of the dialogue (e.g. an SMTP timeout after the
/// final "." leaves the delivery outcome unknown).
enum MailConnectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// TCP connect, DNS resolution or TLS setup failed before the connection was usable.
    case connectFailed(String)
    /// The deadline passed while waiting for data or for a write to complete.
    case timeout
    /// The peer closed the connection (or it was closed locally).
    case closed
    /// The channel reported an error, e.g. a TLS failure or a reset connection.
    case io(String)
    /// A protocol line exceeded its limit without a line terminator.
    case lineTooLong(limit: Int)
    /// The peer sent something the transport must refuse, e.g. data pipelined after a STARTTLS reply.
    case protocolViolation(String)
    /// A second read was started while one was still waiting; the clients serialise their use.
    case concurrentRead

    var description: String {
        switch self {
        case .connectFailed(let text): return "connect failed: \(text)"
        case .timeout: return "timed out"
        case .closed: return "connection closed"
        case .io(let text): return "connection error: \(text)"
        case .lineTooLong(let limit): return "line longer than \(limit) bytes"
        case .protocolViolation(let text): return "protocol violation: \(text)"
        case .concurrentRead: return "concurrent read on one connection"
        }
    }
}
