import NIOSSL

/// How a mail connection is secured.
///
/// `.plain` exists for loopback test servers and for networks where a tunnel already protects the
/// link; credentials are only sent over it to loopback hosts unless explicitly allowed.
public enum MailTLSMode: Sendable {
    /// No TLS at all.
    case plain
    /// TLS from the first byte (IMAPS 993, SMTPS 465). Use `TLSConfiguration.makeClientConfiguration()`
    /// for the system trust roots with full certificate and hostname verification.
    case implicit(TLSConfiguration)
    /// Plain connect, then STARTTLS before any credentials are sent; fails if the server does not offer it.
    case startTLS(TLSConfiguration)
}

extension MailTLSMode {
    /// The TLS to start the connection with: only implicit TLS begins at the first byte.
    var implicitConfiguration: TLSConfiguration? {
        if case .implicit(let configuration) = self { configuration } else { nil }
    }
}
