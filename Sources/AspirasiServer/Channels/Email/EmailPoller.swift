import AspirasiStore
import ChannelKit
import EmailAdapter
import Logging
import NIOCore

/// The e-mail channel's IMAP poller: it commits each page with its UID cursor
/// and marks it read afterwards.
extension EmailChannel {
    public static let feedPrefix = "email:"

    static func session(_ settings: EmailSettings, logger: Logger) -> MailboxSession {
        MailboxSession(
            settings: MailboxSettings(
                host: settings.imapHost, port: settings.imapPort, tls: settings.imapSecurity == .tls,
                username: settings.imapUser, password: settings.imapPassword, mailbox: settings.mailbox),
            logger: logger)
    }

    static func poller(_ settings: EmailSettings, polled: PolledIntake, logger: Logger) -> ChannelPoller {
        poller(
            session(settings, logger: logger), mailbox: settings.mailbox, polled: polled,
            interval: settings.pollInterval, logger: logger)
    }

    /// Each round takes one page in; IDLE (or the interval) waits between quiet rounds.
    public static func poller(
        _ session: MailboxSession, mailbox: String, polled: PolledIntake, interval: Duration, logger: Logger
    ) -> ChannelPoller {
        let feed = feedPrefix + mailbox
        return ChannelPoller(
            name: "e-mail", interval: interval, logger: logger,
            wait: { fallback in
                do {
                    try await session.waitForMail(fallback: fallback)
                } catch {
                    await session.reset()
                    throw error
                }
            },
            round: {
                do {
                    let round = try await polled.poll(feed, logger: logger) { cursor in
                        try await session.page(after: cursor)
                    }
                    await session.markPageSeen()
                    return round?.hasMore ?? false
                } catch {
                    await session.forgetPage()
                    await session.reset()
                    throw error
                }
            })
    }
}
