import AspirasiCore
import ChannelKit
import EmailAdapter
import Hummingbird
import ServiceLifecycle

/// E-mail as one channel unit: settings `ASPIRASI_IMAP_*`, `ASPIRASI_SMTP_*` and `ASPIRASI_MAIL_*`, the
/// IMAP poller (IDLE, UID cursor `email:<mailbox>`) and the SMTP sender. No routes.
public struct EmailChannel: ChannelUnit {
    public let settings: EmailSettings

    public init(_ settings: EmailSettings) {
        self.settings = settings
    }

    public var channel: Channel { .email }

    public static func configured(_ source: ChannelSettingsSource, problems: inout [String]) -> EmailChannel? {
        EmailSettings.resolve(source, problems: &problems).map(EmailChannel.init)
    }

    public static var cursorShapes: [FeedCursorShape] {
        // No configured mailbox has a longer name, and PostgreSQL's index could not hold one much longer.
        let matches: @Sendable (String) -> Bool = { $0.hasPrefix(feedPrefix) && $0.count <= 200 }
        return [
            FeedCursorShape(name: "\(feedPrefix)<mailbox>", matches: matches) { value in
                let parts = value.split(separator: ":", omittingEmptySubsequences: false)
                let valid = parts.count == 2 && parts.allSatisfy { UInt32($0) != nil }
                return valid ? nil : "UIDVALIDITY:UID, both numbers"
            }
        ]
    }

    public static func addRoutes(
        to router: Router<HubRequestContext>, _ unit: EmailChannel?, _ dependencies: HubDependencies
    ) {}

    public func sender(_ wiring: ChannelWiringContext) -> (any DeliverySender)? {
        let security: MailSubmission.Security =
            switch settings.smtpSecurity {
            case .none: .plain
            case .tls: .tls
            case .starttls: .startTLS
            }
        let submission = MailSubmission(
            host: settings.smtpHost, port: settings.smtpPort, security: security, username: settings.smtpUser,
            password: settings.smtpPassword, fromAddress: settings.fromAddress, fromName: settings.fromName,
            perAddressPerHour: settings.perAddressPerHour)
        return EmailSender(
            submission: submission, timeout: .nanoseconds(wiring.senderTimeout.nanoseconds), logger: wiring.logger)
    }

    public func services(_ wiring: ChannelWiringContext) -> [any Service] {
        [Self.poller(settings, polled: wiring.polled, logger: wiring.logger)]
    }
}

extension HubConfiguration {
    /// E-mail in over IMAP and out over SMTP (`ASPIRASI_IMAP_*`, `ASPIRASI_SMTP_*`); nil: not configured.
    public var email: EmailSettings? { unit(EmailChannel.self)?.settings }
}
