import Foundation
import Testing

@testable import MailKit

extension MailServerTests {
    @Suite struct IMAPClientTests {
        /// A logged-in client with a fresh mailbox of its own, so tests can run in parallel.
        func connected(
            configuration: IMAPConfiguration = IMAPConfiguration()
        ) async throws -> (client: IMAPClient, mailbox: String) {
            let servers = try MailTestServers.get()
            let client = try await IMAPClient.connect(
                host: "127.0.0.1",
                port: servers.imapPort,
                tls: .plain,
                configuration: configuration
            )
            try await client.login(username: servers.username, password: servers.password)
            let mailbox = "test-" + UUID().uuidString.prefix(8).lowercased()
            do {
                try await client.createMailbox(mailbox)
            } catch IMAPError.commandFailed(_, _, let text) where text.contains("already exists") {
                // Dovecot 2.3 sometimes answers parallel CREATEs of different new maildir folders
                // this way (a race in its UIDVALIDITY allocation) although it did create this one.
            }
            return (client, mailbox)
        }

        static func message(_ number: Int, body: String = "Hello") -> [UInt8] {
            Array("From: a@example.test\r\nSubject: message \(number)\r\n\r\n\(body) \(number)\r\n".utf8)
        }

        @Test func appendSelectAndFetchExactBytes() async throws {
            let (client, mailbox) = try await connected()
            let messages = (1...3).map { Self.message($0) }
            var appended: [UInt32?] = []
            for message in messages {
                appended.append(try await client.append(mailbox: mailbox, message: message))
            }
            #expect(appended == [1, 2, 3])

            let status = try await client.select(mailbox)
            #expect(status.uidValidity > 0)
            #expect(status.uidNext == 4)
            #expect(status.exists == 3)

            let all = try await client.fetch(uidsFrom: 1, limit: 10)
            #expect(all.map(\.uid) == [1, 2, 3])
            #expect(all.map(\.bytes) == messages)

            // "4:*" matches the last message (UID 3) on the wire; the client must filter it out.
            let none = try await client.fetch(uidsFrom: 4, limit: 10)
            #expect(none.isEmpty)

            let limited = try await client.fetch(uidsFrom: 1, limit: 2)
            #expect(limited.map(\.uid) == [1, 2])
            let rest = try await client.fetch(uidsFrom: 3, limit: 2)
            #expect(rest.map(\.uid) == [3])
            await client.logout()
            #expect(await client.isConnected == false)
        }

        @Test func fetchDoesNotSetSeenButMarkSeenDoes() async throws {
            let (client, mailbox) = try await connected()
            try await client.append(mailbox: mailbox, message: Self.message(1))
            try await client.append(mailbox: mailbox, message: Self.message(2))
            _ = try await client.select(mailbox)
            _ = try await client.fetch(uidsFrom: 1, limit: 10)
            var flags = try await client.flags(uids: [1, 2])
            #expect(flags[1]?.contains("\\Seen") == false)

            try await client.markSeen(uids: [1])
            flags = try await client.flags(uids: [1, 2])
            #expect(flags[1]?.contains("\\Seen") == true)
            #expect(flags[2]?.contains("\\Seen") == false)
            await client.logout()
        }

        @Test func binaryBodyWithParenthesesAndCRLFIsByteExact() async throws {
            let (client, mailbox) = try await connected()
            var message = Array("Subject: tricky\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".utf8)
            message += Array(")\r\nA1 OK fake completion\r\n* 9 EXISTS\r\nends with a literal marker {5}\r\n".utf8)
            message += Array(" (UID 99 BODY[] {3}\r\n\"quoted\" \\ backslash\r\n".utf8)
            message += (1...255).map { UInt8($0) }.filter { $0 != 0x0A && $0 != 0x0D }
            message += Array("\r\n)\r\n".utf8)
            try await client.append(mailbox: mailbox, message: message, flags: ["\\Flagged"])
            _ = try await client.select(mailbox)
            let fetched = try await client.fetch(uidsFrom: 1, limit: 1)
            #expect(fetched.count == 1)
            #expect(fetched.first?.bytes == message)
            #expect(try await client.flags(uids: [1])[1]?.contains("\\Flagged") == true)
            await client.logout()
        }

        /// Several MiB exercise the buffering limits (reads are held back above 256 KiB buffered).
        /// Pseudo-random printable lines from a cheap generator: debug builds are slow.
        static func largeMessage(megabytes: Int) -> [UInt8] {
            var message = Array("Subject: large\r\n\r\n".utf8)
            message.reserveCapacity(megabytes * 1024 * 1024 + 80)
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            while message.count < megabytes * 1024 * 1024 {
                for _ in 0..<76 {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    message.append(UInt8(0x21 + (state >> 33) % 94))
                }
                message += [0x0D, 0x0A]
            }
            return message
        }

        @Test func largeMessageRoundTripsByteExactly() async throws {
            let (client, mailbox) = try await connected()
            let message = Self.largeMessage(megabytes: 5)
            try await client.append(mailbox: mailbox, message: message)
            _ = try await client.select(mailbox)
            let fetched = try await client.fetch(uidsFrom: 1, limit: 1)
            #expect(fetched.first?.bytes == message)
            await client.logout()
        }

        @Test func oversizedMessageIsReportedWithItsUID() async throws {
            var configuration = IMAPConfiguration()
            configuration.maxMessageSize = 200
            let (client, mailbox) = try await connected(configuration: configuration)
            try await client.append(mailbox: mailbox, message: Self.message(1))
            let large = Self.message(2, body: String(repeating: "x", count: 300))
            try await client.append(mailbox: mailbox, message: large)
            try await client.append(mailbox: mailbox, message: Self.message(3))
            _ = try await client.select(mailbox)

            // The batch stops before the oversized message...
            #expect(try await client.fetch(uidsFrom: 1, limit: 10).map(\.uid) == [1])
            // ...which, once first, is named so the caller can skip it.
            await #expect(throws: IMAPError.messageTooLarge(uid: 2, size: 348, limit: 200)) {
                try await client.fetch(uidsFrom: 2, limit: 10)
            }
            #expect(try await client.fetch(uidsFrom: 3, limit: 10).map(\.uid) == [3])
            await client.logout()
        }

        @Test func idleReportsMailAppendedByAnotherConnection() async throws {
            let (watcher, mailbox) = try await connected()
            _ = try await watcher.select(mailbox)
            #expect(await watcher.capabilities.contains("IDLE"))
            let idle = Task { try await watcher.idle(timeout: .seconds(60)) }
            #expect(try await mailEventually { await watcher.isIdling })

            let (writer, _) = try await connected()
            try await writer.append(mailbox: mailbox, message: Self.message(1))
            await writer.logout()

            #expect(try await idle.value == .newMail)
            #expect(try await watcher.fetch(uidsFrom: 1, limit: 10).map(\.uid) == [1])
            await watcher.logout()
        }

        @Test func idleTimesOutAndLeavesTheConnectionUsable() async throws {
            let (client, mailbox) = try await connected()
            _ = try await client.select(mailbox)
            let started = ContinuousClock.now
            #expect(try await client.idle(timeout: .milliseconds(400)) == .timeout)
            #expect(ContinuousClock.now - started >= .milliseconds(400))
            try await client.noop()
            #expect(try await client.fetch(uidsFrom: 1, limit: 10).isEmpty)
            await client.logout()
        }

        @Test func wrongPasswordIsAnAuthenticationError() async throws {
            let servers = try MailTestServers.get()
            let client = try await IMAPClient.connect(host: "127.0.0.1", port: servers.imapPort, tls: .plain)
            await #expect {
                try await client.login(username: servers.username, password: "wrong \"password\"")
            } throws: { error in
                guard case IMAPError.authenticationFailed = error else { return false }
                return true
            }
            #expect(await client.isConnected)
            await client.logout()
        }

        @Test func selectingAMissingMailboxIsACommandFailure() async throws {
            let (client, _) = try await connected()
            await #expect {
                try await client.select("does-not-exist")
            } throws: { error in
                guard case IMAPError.commandFailed(command: "SELECT", status: .no, _) = error else { return false }
                return true
            }
            await client.logout()
        }
    }
}
