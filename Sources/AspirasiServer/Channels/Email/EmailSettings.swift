import Foundation

private typealias Variable = SettingsResolver.Variable

/// E-mail: a mailbox read over IMAP and replies sent over SMTP. Both sides are
/// needed: a hub that reads mail must be able to answer it.
public struct EmailSettings: Sendable {
    public enum Security: String, Sendable, CaseIterable {
        /// Plain text: loopback and test servers only.
        case none
        /// TLS from the first byte (IMAPS 993, SMTPS 465).
        case tls
        /// Plain, then STARTTLS before logging in (SMTP submission 587).
        case starttls
    }

    public var imapHost: String
    public var imapPort: Int
    public var imapSecurity: Security
    public var imapUser: String
    public var imapPassword: String
    public var mailbox = "INBOX"
    /// How often to look for mail when the server has no IDLE, and after an IDLE ends quietly.
    public var pollInterval = Duration.seconds(60)
    public var smtpHost: String
    public var smtpPort: Int
    public var smtpSecurity: Security
    public var smtpUser: String?
    public var smtpPassword: String?
    /// Our address: the From of every reply, and the domain of our Message-IDs.
    public var fromAddress: String
    public var fromName = "Aspirasi Jakarta"
    /// Replies to one address per hour, at most: a loop that got past the loop guards stops here.
    public var perAddressPerHour = 10
}

extension SettingsResolver.Variable {
    public static let imapHost = "ASPIRASI_IMAP_HOST"
    public static let imapPort = "ASPIRASI_IMAP_PORT"
    public static let imapSecurity = "ASPIRASI_IMAP_SECURITY"
    public static let imapUser = "ASPIRASI_IMAP_USER"
    public static let imapPassword = "ASPIRASI_IMAP_PASSWORD"
    public static let imapMailbox = "ASPIRASI_IMAP_MAILBOX"
    public static let imapPollSeconds = "ASPIRASI_IMAP_POLL_SECONDS"
    public static let smtpHost = "ASPIRASI_SMTP_HOST"
    public static let smtpPort = "ASPIRASI_SMTP_PORT"
    public static let smtpSecurity = "ASPIRASI_SMTP_SECURITY"
    public static let smtpUser = "ASPIRASI_SMTP_USER"
    public static let smtpPassword = "ASPIRASI_SMTP_PASSWORD"
    public static let mailFrom = "ASPIRASI_MAIL_FROM"
    public static let mailFromName = "ASPIRASI_MAIL_FROM_NAME"
    public static let mailPerAddressPerHour = "ASPIRASI_MAIL_PER_ADDRESS_PER_HOUR"
}

extension EmailSettings {
    static func resolve(_ source: ChannelSettingsSource, problems: inout [String]) -> EmailSettings? {
        let required = [
            Variable.imapHost, Variable.imapUser, Variable.imapPassword, Variable.smtpHost, Variable.mailFrom,
        ]
        let values = required.map { source.value($0) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        guard let imapHost = values[0], let user = values[1], let password = values[2], let smtpHost = values[3],
            let from = values[4]
        else {
            problems.append("e-mail needs \(required.joined(separator: ", "))")
            return nil
        }
        guard Self.isPlainAddress(from) else {
            problems.append("\(Variable.mailFrom) must be a plain address such as aspirasi@jakarta.go.id")
            return nil
        }
        func security(_ variable: String, default fallback: EmailSettings.Security) -> EmailSettings.Security {
            guard let text = source.value(variable) else { return fallback }
            guard let parsed = EmailSettings.Security(rawValue: text) else {
                problems.append("\(variable) must be none, tls or starttls, not \"\(text)\"")
                return fallback
            }
            return parsed
        }
        func port(_ variable: String, default fallback: Int) -> Int {
            guard let text = source.value(variable) else { return fallback }
            guard let parsed = Int(text), (1...65535).contains(parsed) else {
                problems.append("\(variable) must be a port number from 1 to 65535, not \"\(text)\"")
                return fallback
            }
            return parsed
        }
        let imapSecurity = security(Variable.imapSecurity, default: .tls)
        let smtpSecurity = security(Variable.smtpSecurity, default: .starttls)
        var settings = EmailSettings(
            imapHost: imapHost, imapPort: port(Variable.imapPort, default: imapSecurity == .tls ? 993 : 143),
            imapSecurity: imapSecurity, imapUser: user, imapPassword: password, smtpHost: smtpHost,
            smtpPort: port(Variable.smtpPort, default: smtpSecurity == .tls ? 465 : 587), smtpSecurity: smtpSecurity,
            smtpUser: source.value(Variable.smtpUser), smtpPassword: source.value(Variable.smtpPassword),
            fromAddress: from)
        if imapSecurity == .starttls {
            problems.append("\(Variable.imapSecurity) supports none or tls (IMAPS)")
        }
        if (settings.smtpUser == nil) != (settings.smtpPassword == nil) {
            problems.append("give both \(Variable.smtpUser) and \(Variable.smtpPassword), or neither")
        }
        if let mailbox = source.value(Variable.imapMailbox) { settings.mailbox = mailbox }
        if let name = source.value(Variable.mailFromName) { settings.fromName = name }
        settings.pollInterval = source.pollSeconds(Variable.imapPollSeconds, default: 60, problems: &problems)
        if let text = source.value(Variable.mailPerAddressPerHour) {
            if let limit = Int(text), (1...1000).contains(limit) {
                settings.perAddressPerHour = limit
            } else {
                problems.append("\(Variable.mailPerAddressPerHour) must be a number from 1 to 1000, not \"\(text)\"")
            }
        }
        return settings
    }

    /// local@domain with nothing that could break a header.
    static func isPlainAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && text.allSatisfy { $0.isASCII && !$0.isWhitespace && !"<>\"(),;:\\[]".contains($0) }
    }
}
