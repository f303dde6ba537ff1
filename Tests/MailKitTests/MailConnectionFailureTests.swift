import NIOSSL
import Testing

@testable import MailKit

/// How the clients behave when servers misbehave: always a typed error, never a crash or a hang.
struct MailConnectionFailureTests {
    /// Short timeouts only where a timeout is the point; generous ones elsewhere, for slow CI machines.
    static func imapConfiguration(readTimeout: Duration = .seconds(10)) -> IMAPConfiguration {
        var configuration = IMAPConfiguration()
        configuration.readTimeout = readTimeout
        configuration.connectTimeout = .seconds(5)
        return configuration
    }

    static let greeting = ScriptedMailServer.Step.send("* OK [CAPABILITY IMAP4rev1 IDLE] fake ready\r\n")

    @Test func imapDroppedConnectionIsConnectionLost() async throws {
        let server = try await ScriptedMailServer.start([Self.greeting, .expect("A1 LOGIN"), .close])
        let client = try await IMAPClient.connect(
            host: "127.0.0.1", port: server.port, tls: .plain, configuration: Self.imapConfiguration())
        await #expect {
            try await client.login(username: "u", password: "p")
        } throws: { error in
            guard case IMAPError.connectionLost = error else { return false }
            return true
        }
        #expect(await client.isConnected == false)
        await #expect(throws: IMAPError.notReady("connection is closed")) { try await client.noop() }
        await server.finish()
    }

    @Test func imapSilentServerTimesOut() async throws {
        let server = try await ScriptedMailServer.start([Self.greeting, .expect("A1 LOGIN"), .silence])
        let configuration = Self.imapConfiguration(readTimeout: .milliseconds(300))
        let client = try await IMAPClient.connect(
            host: "127.0.0.1", port: server.port, tls: .plain, configuration: configuration)
        await #expect(throws: IMAPError.timeout) { try await client.login(username: "u", password: "p") }
        #expect(await client.isConnected == false)
        await server.finish()
    }

    @Test func imapOverlongLineIsAProtocolError() async throws {
        let long = String(repeating: "x", count: 70_000)
        let server = try await ScriptedMailServer.start([
            Self.greeting, .expect("A1 LOGIN"), .send("* \(long)"), .silence,
        ])
        let client = try await IMAPClient.connect(
            host: "127.0.0.1", port: server.port, tls: .plain, configuration: Self.imapConfiguration())
        await #expect {
            try await client.login(username: "u", password: "p")
        } throws: { error in
            guard case IMAPError.protocolError = error else { return false }
            return true
        }
        await server.finish()
    }

    @Test func imapGreetingByeIsConnectionFailed() async throws {
        let server = try await ScriptedMailServer.start([.send("* BYE too many connections\r\n"), .silence])
        await #expect {
            try await IMAPClient.connect(
                host: "127.0.0.1", port: server.port, tls: .plain, configuration: Self.imapConfiguration())
        } throws: { error in
            guard case IMAPError.connectionFailed(let text) = error else { return false }
            return text.contains("too many connections")
        }
        await server.finish()
    }

    @Test func imapLiteralLargerThanTheLimitIsRefused() async throws {
        let server = try await ScriptedMailServer.start([
            .send("* PREAUTH [CAPABILITY IMAP4rev1] welcome back\r\n"),
            .expect("A1 SELECT"),
            .send("* 1 EXISTS\r\n* OK [UIDVALIDITY 5] ok\r\nA1 OK [READ-WRITE] selected\r\n"),
            .expect("A2 UID FETCH 1:* (UID RFC822.SIZE)"),
            .send("* 1 FETCH (UID 1 RFC822.SIZE 10)\r\nA2 OK done\r\n"),
            .expect("A3 UID FETCH 1 (UID BODY.PEEK[])"),
            .send("* 1 FETCH (UID 1 BODY[] {999999}\r\nxxxx"),
            .silence,
        ])
        var configuration = Self.imapConfiguration()
        configuration.maxMessageSize = 1000
        let client = try await IMAPClient.connect(
            host: "127.0.0.1", port: server.port, tls: .plain, configuration: configuration)
        let status = try await client.select("INBOX")
        #expect(status == IMAPMailboxStatus(uidValidity: 5, uidNext: nil, exists: 1))
        await #expect(throws: IMAPError.responseTooLarge(limit: 1000)) {
            try await client.fetch(uidsFrom: 1, limit: 5)
        }
        #expect(await client.isConnected == false)
        await server.finish()
    }

    static func smtpConfiguration() -> SMTPConfiguration {
        var configuration = SMTPConfiguration()
        configuration.commandTimeout = .seconds(10)
        configuration.finalReplyTimeout = .milliseconds(300)
        return configuration
    }

    static let smtpHello: [ScriptedMailServer.Step] = [
        .send("220-fake.test first line\r\n220 fake.test ready\r\n"),
        .expect("EHLO"),
        .send("502 EHLO not implemented\r\n"),
        .expect("HELO"),
        .send("250 fake.test\r\n"),
    ]

    static let smtpEnvelope: [ScriptedMailServer.Step] = [
        .expect("MAIL FROM:<a@x.test>"), .send("250 ok\r\n"),
        .expect("RCPT TO:<b@x.test>"), .send("250 ok\r\n"),
        .expect("DATA"), .send("354 go ahead\r\n"),
    ]

    @Test func smtpSilenceAfterTheFinalDotIsUnknownOutcome() async throws {
        let server = try await ScriptedMailServer.start(Self.smtpHello + Self.smtpEnvelope + [.expect("."), .silence])
        let client = try await SMTPClient.connect(
            host: "127.0.0.1", port: server.port, tls: .plain, configuration: Self.smtpConfiguration())
        await #expect {
            try await client.send(from: "a@x.test", to: ["b@x.test"], data: Array("Subject: x\r\n\r\nbody\r\n".utf8))
        } throws: { error in
            guard let error = error as? SMTPError else { return false }
            return error.kind == .unknownOutcome && error.stage == .message
        }
        #expect(await client.isConnected == false)
        await server.finish()
    }

    @Test func smtpRejectionAfterTheFinalDotIsPermanent() async throws {
        let server = try await ScriptedMailServer.start(
            Self.smtpHello + Self.smtpEnvelope + [.expect("."), .send("554 5.7.1 spam\r\n"), .expect("QUIT")]
        )
        let client = try await SMTPClient.connect(
            host: "127.0.0.1", port: server.port, tls: .plain, configuration: Self.smtpConfiguration())
        await #expect(throws: SMTPError(kind: .permanent, stage: .message, replyCode: 554, message: "5.7.1 spam")) {
            try await client.send(from: "a@x.test", to: ["b@x.test"], data: Array("x\r\n".utf8))
        }
        await client.quit()
        await server.finish()
    }

    @Test func smtpServerClosingMidTransactionIsTransient() async throws {
        let server = try await ScriptedMailServer.start(
            Self.smtpHello + [.expect("MAIL FROM"), .send("421 4.3.2 shutting down\r\n"), .close]
        )
        let client = try await SMTPClient.connect(
            host: "127.0.0.1", port: server.port, tls: .plain, configuration: Self.smtpConfiguration())
        await #expect {
            try await client.send(from: "a@x.test", to: ["b@x.test"], data: Array("x\r\n".utf8))
        } throws: { error in
            guard let error = error as? SMTPError else { return false }
            return error.kind == .transient && error.replyCode == 421
        }
        #expect(await client.isConnected == false)
        await server.finish()
    }

    @Test func smtpStartTLSIsRequiredWhenConfigured() async throws {
        let server = try await ScriptedMailServer.start([
            .send("220 fake.test ready\r\n"), .expect("EHLO"), .send("250-fake.test\r\n250 SIZE 1000\r\n"), .silence,
        ])
        await #expect {
            try await SMTPClient.connect(
                host: "127.0.0.1",
                port: server.port,
                tls: .startTLS(.makeClientConfiguration()),
                configuration: Self.smtpConfiguration()
            )
        } throws: { error in
            guard let error = error as? SMTPError else { return false }
            return error.kind == .permanent && error.stage == .startTLS
        }
        await server.finish()
    }
}
