import AspirasiCore
import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import EmailAdapter
import Foundation
import Logging
import MailKit
import NIOSSL
import Testing

/// E-mail against a real Dovecot (IMAP, IDLE) and a real SMTP sink on loopback,
/// started by `scripts/mail-servers.sh`. Mail is put in the mailbox with IMAP
/// APPEND from .eml files, most written by Python's `email` package (encoded
/// headers, windows-1252 and iso-8859-1 bodies, attachments).
@Suite(.serialized) struct EmailChannelTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EmailAdapterTests/Fixtures")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    func append(_ servers: MailServers, _ mails: [[UInt8]]) async throws {
        let client = try await IMAPClient.connect(host: "127.0.0.1", port: servers.imapPort, tls: .plain)
        try await client.login(username: servers.username, password: servers.password)
        for mail in mails { _ = try await client.append(mailbox: "INBOX", message: mail) }
        await client.logout()
    }

    /// How many mails in the mailbox are not marked read.
    func unseen(_ servers: MailServers) async throws -> Int {
        let client = try await IMAPClient.connect(host: "127.0.0.1", port: servers.imapPort, tls: .plain)
        try await client.login(username: servers.username, password: servers.password)
        _ = try await client.select("INBOX")
        let flags = try await client.flags(uids: Array(1...50))
        await client.logout()
        return flags.values.filter { !$0.contains("\\Seen") }.count
    }

    func session(_ servers: MailServers) -> MailboxSession {
        MailboxSession(
            settings: MailboxSettings(
                host: "127.0.0.1", port: servers.imapPort, tls: false, username: servers.username,
                password: servers.password),
            pageSize: 3, logger: .quiet)
    }

    func sender(_ servers: MailServers) -> EmailSender {
        EmailSender(
            submission: MailSubmission(
                host: "127.0.0.1", port: servers.smtpPort, security: .plain, fromAddress: "aspirasi@jakarta.go.id",
                fromName: "Aspirasi Jakarta"),
            timeout: .seconds(10), logger: .quiet)
    }

    func drain(_ poller: ChannelPoller) async throws {
        var rounds = 0
        while try await poller.runOnce() {
            rounds += 1
            #expect(rounds < 20)
        }
    }

    func deliverAll(_ hub: LiveHub, _ servers: MailServers) async throws {
        let worker = DeliveryWorker(
            outbox: OutboxStore(hub.database), senders: [.email: sender(servers)], name: "mail-test", logger: .quiet)
        let drained = try await eventually(within: .seconds(30)) {
            _ = try await worker.runOnce()
            return try await hub.count("SELECT count(*) FROM deliveries WHERE channel = 'email' AND state <> 'sent'")
                == 0
        }
        #expect(drained)
    }

    /// Mail in: decoded (encoded words, windows-1252, iso-8859-1), photos kept, machines passed
    /// over, \Seen set after the commit, nothing taken twice. Mail out: threaded acknowledgements.
    /// A reply to our acknowledgement, and one quoting only the tracking number, land on the report.
    @Test func mailComesInOnceAndRepliesThreadBack() async throws {
        try await MailServers.with { servers in try await mailComesInOnce(servers) }
    }

    func mailComesInOnce(_ servers: MailServers) async throws {
        try await append(
            servers,
            try [
                "windows1252_8bit.eml", "subject_unicode.eml", "images.eml", "latin1_qp.eml", "auto_reply.eml",
                "bounce.eml", "list_mail.eml",
            ].map(Self.fixture))
        try await withLiveHub { hub in
            let polled = PolledIntake(client: hub.database, intake: IntakeQueue(client: hub.database, logger: .quiet))
            let session = session(servers)
            let poller = EmailChannel.poller(
                session, mailbox: "INBOX", polled: polled, interval: .seconds(60), logger: .quiet)
            try await drain(poller)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'email'") == 5)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM inbound_messages WHERE external_id LIKE '%bounce%' OR external_id LIKE 'autoreply%'"
                ) == 0)
            #expect(
                try await hub.count("SELECT count(*) FROM inbound_messages WHERE text LIKE '%€%' AND text LIKE '%é%'")
                    >= 1)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE title LIKE '%Kebon Jeruk 🚧%'") == 1)
            #expect(
                try await hub.count("SELECT count(*) FROM report_photos WHERE bytes IS NOT NULL AND source = 'citizen'")
                    >= 1)
            #expect(try await polled.cursor(EmailChannel.feedPrefix + "INBOX")?.hasSuffix(":7") == true)
            #expect(
                try await unseen(servers) == 2,
                "taken mail is marked read after the commit; the bounce and the auto-reply stay unread for a person")
            // A second pass, and a new session from the same cursor, take nothing again.
            try await drain(poller)
            try await drain(
                EmailChannel.poller(
                    self.session(servers), mailbox: "INBOX", polled: polled, interval: .seconds(60), logger: .quiet))
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'email'") == 5)

            try await deliverAll(hub, servers)
            let sent = try servers.receivedMail()
            #expect(sent.count == 4, "no answer to the list mail")
            let ack = try #require(sent.first { $0.contains("In-Reply-To: <cp1252@example.co.id>") })
            #expect(ack.contains("Auto-Submitted: auto-replied"))
            #expect(ack.contains("References: <cp1252@example.co.id>"))
            let number = try #require(
                try await hub.text(
                    "SELECT r.tracking_number FROM reports r JOIN inbound_messages m ON m.report_id = r.id WHERE m.external_id = 'cp1252@example.co.id'"
                ))
            #expect(ack.contains("Subject: Re: Aspirasi #\(number)"))
            let ours = try #require(
                try await hub.text(
                    "SELECT d.provider_id FROM deliveries d JOIN reports r ON r.id = d.report_id WHERE r.tracking_number = '\(number)' AND d.kind = 'ack'"
                ))
            #expect(ack.contains("Message-ID: <\(ours)>"))

            let reply = """
                From: Budi Santoso <budi@example.co.id>\r
                To: aspirasi@jakarta.go.id\r
                Subject: Re: Aspirasi\r
                Message-ID: <reply-1@example.co.id>\r
                In-Reply-To: <\(ours)>\r
                References: <cp1252@example.co.id> <\(ours)>\r
                Date: Mon, 23 Nov 2026 10:00:00 +0700\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                Terima kasih, lokasinya di depan pos RW 05.\r

                """
            let quoting = """
                From: Budi Santoso <budi@example.co.id>\r
                To: aspirasi@jakarta.go.id\r
                Subject: Tanya laporan \(number)\r
                Message-ID: <reply-2@other-client.example>\r
                Date: Mon, 23 Nov 2026 11:00:00 +0700\r
                Content-Type: text/plain; charset=utf-8\r
                \r
                Bagaimana perkembangannya?\r

                """
            try await append(servers, [Array(reply.utf8), Array(quoting.utf8)])
            try await drain(poller)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE channel = 'email'") == 5)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM inbound_messages m JOIN reports r ON r.id = m.report_id WHERE r.tracking_number = '\(number)' AND m.outcome = 'comment'"
                ) == 2)
        }
    }

    /// IDLE wakes the poller when mail arrives, instead of waiting for the interval.
    @Test func idleWakesOnNewMail() async throws {
        try await MailServers.with { servers in try await idleWakes(servers) }
    }

    func idleWakes(_ servers: MailServers) async throws {
        let session = session(servers)
        _ = try await session.page(after: nil)
        async let woke = session.waitForMail(fallback: .seconds(1), idleLimit: .seconds(120))
        try await append(servers, [try Self.fixture("alternative.eml")])
        #expect(try await woke, "IDLE ended on the new mail, not at its limit")
        #expect(try await session.page(after: nil).messages.count == 1)
    }

    /// SMTP's answers map onto the outbox's: 5xx is permanent, 4xx transient (the reason never names the
    /// address), and the per-address limit defers a mail without failing it.
    @Test func smtpRefusalsAndTheAddressLimitMapOntoTheOutbox() async throws {
        try await MailServers.with { servers in try await smtpRefusals(servers) }
    }

    func smtpRefusals(_ servers: MailServers) async throws {
        let submission = MailSubmission(
            host: "127.0.0.1", port: servers.smtpPort, security: .plain, fromAddress: "aspirasi@jakarta.go.id",
            fromName: "Aspirasi Jakarta", perAddressPerHour: 1)
        let sender = EmailSender(submission: submission, timeout: .seconds(10), logger: .quiet)
        func message(_ to: String) -> OutgoingMessage {
            OutgoingMessage(
                deliveryID: 7, channel: .email, recipient: to, threadKey: nil,
                text: "Aspirasi #2611-0000017: Laporan Anda diterima.", idempotencyKey: "ack:email:\(to)",
                payload: ["tracking_number": "2611-0000017"])
        }
        guard case .permanent(let reason) = await failure(of: sender, message("reject-permanent@example.org"))
        else {
            Issue.record("550 is permanent")
            return
        }
        #expect(!reason.contains("reject-permanent@example.org"))
        guard case .transient = await failure(of: sender, message("reject-transient@example.org")) else {
            Issue.record("451 is transient")
            return
        }
        #expect(try await sender.send(message("warga@example.org")).providerID.hasSuffix("@jakarta.go.id"))
        guard case .deferred(let until) = await failure(of: sender, message("Warga@Example.org")) else {
            Issue.record("the second mail within the hour waits")
            return
        }
        #expect(until > Date().addingTimeInterval(3000))
        #expect(try servers.receivedMail().count == 1)
    }
}
