import ChannelKit
import Foundation
import Logging
import MailKit
import NIOSSL

/// Where the hub's mailbox is and how to log in.
public struct MailboxSettings: Sendable {
    public var host: String
    public var port: Int
    public var tls: Bool
    public var username: String
    public var password: String
    public var mailbox: String

    public init(host: String, port: Int, tls: Bool, username: String, password: String, mailbox: String = "INBOX") {
        self.host = host
        self.port = port
        self.tls = tls
        self.username = username
        self.password = password
        self.mailbox = mailbox
    }
}

/// The hub's IMAP mailbox as a feed. The cursor is `UIDVALIDITY:last UID`:
/// mail is fetched with `BODY.PEEK[]` (nothing is marked read by fetching),
/// and \Seen is set only once the page and the cursor are committed
/// (`markPageSeen`), so a crash in between leaves the mail unread and the
/// cursor where it was. When the server's UIDVALIDITY changes, the mailbox is
/// read again from the start and the intake drops what it has by Message-ID.
public actor MailboxSession {
    let settings: MailboxSettings
    let logger: Logger
    let pageSize: Int
    private var client: IMAPClient?
    private var pageUIDs: [UInt32] = []

    public init(settings: MailboxSettings, pageSize: Int = 25, logger: Logger) {
        self.settings = settings
        self.pageSize = pageSize
        self.logger = logger
    }

    /// The next page after `cursor` (connecting and selecting the mailbox first if needed).
    public func page(after cursor: String?) async throws -> FeedPage {
        let client = try await connected()
        let status = try await client.select(settings.mailbox)
        let (validity, last) = Self.split(cursor)
        let from = validity == status.uidValidity ? (last == .max ? last : last + 1) : 1
        if validity != nil, validity != status.uidValidity {
            logger.notice("the mailbox's UIDVALIDITY changed; reading it again from the start")
        }
        let fetched: [(uid: UInt32, bytes: [UInt8])]
        do {
            fetched = try await client.fetch(uidsFrom: from, limit: pageSize)
        } catch IMAPError.messageTooLarge(let uid, let size, let limit) {
            // Too large to take in (it stays in the mailbox, unread, for a person): step past it.
            logger.error(
                "a mail too large to take in was left in the mailbox",
                metadata: ["uid": "\(uid)", "bytes": "\(size)", "limit": "\(limit)"])
            pageUIDs = []
            return FeedPage(messages: [], cursor: "\(status.uidValidity):\(uid)", hasMore: true)
        }
        var messages: [InboundMessage] = []
        var taken: [UInt32] = []
        for mail in fetched {
            switch EmailInbound.decode(mail.bytes) {
            case .take(let message):
                messages.append(message)
                taken.append(mail.uid)
            case .skip(let reason):
                // Left unread, so whoever reads the mailbox still sees what the hub passed over.
                logger.info("a mail was passed over", metadata: ["uid": "\(mail.uid)", "why": "\(reason)"])
            }
        }
        pageUIDs = taken
        let newest = fetched.map(\.uid).max() ?? (from - 1)
        // The byte budget or an expunge can end a batch early; UIDNEXT tells whether mail is left.
        let more = status.uidNext.map { UInt64(newest) + 1 < UInt64($0) } ?? (fetched.count >= pageSize)
        return FeedPage(
            messages: messages, cursor: "\(status.uidValidity):\(newest)", hasMore: more && !fetched.isEmpty)
    }

    /// After the commit: the page's mail is marked read on the server. A failure here only leaves
    /// it unread (the cursor has moved past it, so it is not taken twice).
    public func markPageSeen() async {
        let uids = pageUIDs
        pageUIDs = []
        guard !uids.isEmpty, let client else { return }
        do {
            try await client.markSeen(uids: uids)
        } catch {
            logger.warning("could not mark mail as read", metadata: ["error": "\(error)"])
            await reset()
        }
    }

    /// The page was not committed: nothing is marked.
    public func forgetPage() { pageUIDs = [] }

    /// Waits for new mail: IMAP IDLE where the server has it (renewed well before the
    /// 29 minutes servers allow), otherwise a plain wait of `fallback`. True when mail arrived.
    @discardableResult
    public func waitForMail(fallback: Duration, idleLimit: Duration = .seconds(25 * 60)) async throws -> Bool {
        let client = try await connected()
        // IDLE needs a selected mailbox; after a reconnect there is none yet.
        _ = try await client.select(settings.mailbox)
        guard await client.capabilities.contains("IDLE") else {
            try await Task.sleep(for: fallback)
            return false
        }
        return try await client.idle(timeout: idleLimit) == .newMail
    }

    /// Drops the connection after a failure; the next call connects again.
    public func reset() async {
        if let client { await client.close() }
        client = nil
    }

    private func connected() async throws -> IMAPClient {
        if let client, await client.isConnected { return client }
        let tls: MailTLSMode = settings.tls ? .implicit(TLSConfiguration.makeClientConfiguration()) : .plain
        let client = try await IMAPClient.connect(host: settings.host, port: settings.port, tls: tls, logger: logger)
        do {
            try await client.login(username: settings.username, password: settings.password)
        } catch {
            await client.close()
            throw error
        }
        self.client = client
        return client
    }

    static func split(_ cursor: String?) -> (UInt32?, UInt32) {
        guard let cursor else { return (nil, 0) }
        let parts = cursor.split(separator: ":")
        guard parts.count == 2, let validity = UInt32(parts[0]), let last = UInt32(parts[1]) else { return (nil, 0) }
        return (validity, last)
    }
}
