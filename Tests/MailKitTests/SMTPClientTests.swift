import Foundation
import Testing

@testable import MailKit

extension MailServerTests {
    @Suite struct SMTPClientTests {
        struct Received {
            var bytes: [UInt8]
            var mailFrom: String
            var recipients: [String]
            var options: [String]
        }

        func connected(credentials: SMTPCredentials? = nil) async throws -> SMTPClient {
            let servers = try MailTestServers.get()
            var configuration = SMTPConfiguration()
            configuration.clientHostname = "client.test"
            configuration.credentials = credentials
            return try await SMTPClient.connect(
                host: "127.0.0.1",
                port: servers.smtpPort,
                tls: .plain,
                configuration: configuration
            )
        }

        /// Waits for the sink to store a message containing `token` and reads it with its envelope.
        func received(containing token: String) async throws -> Received {
            let directory = try MailTestServers.get().directory.appendingPathComponent("smtp")
            var found: URL?
            _ = try await mailEventually {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                for name in names where name.hasSuffix(".eml") {
                    let url = directory.appendingPathComponent(name)
                    let data = (try? Data(contentsOf: url)) ?? Data()
                    if data.range(of: Data(token.utf8)) != nil { found = url }
                }
                return found != nil
            }
            let url = try #require(found, "sink never received a message containing \(token)")
            let envelopeURL = url.deletingPathExtension().appendingPathExtension("envelope")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: envelopeURL)) as? [String: Any]
            return Received(
                bytes: Array(try Data(contentsOf: url)),
                mailFrom: json?["mail_from"] as? String ?? "",
                recipients: json?["rcpt_tos"] as? [String] ?? [],
                options: json?["mail_options"] as? [String] ?? []
            )
        }

        static func token() -> String { "tok-" + UUID().uuidString }

        @Test func dotLinesArriveUnstuffedWithTheRightEnvelope() async throws {
            let client = try await connected()
            let token = Self.token()
            let message = Array(
                "Subject: \(token)\r\n\r\n.leading dot\r\n..two dots\r\n.\r\nlast line\r\n".utf8
            )
            let reply = try await client.send(
                from: "sender@aspirasi.test",
                to: ["one@example.test", "two@example.test"],
                data: message
            )
            #expect(reply.code == 250)
            #expect(reply.text.contains("queued as"))
            let received = try await received(containing: token)
            #expect(received.bytes == message)
            #expect(received.mailFrom == "sender@aspirasi.test")
            #expect(received.recipients == ["one@example.test", "two@example.test"])
            await client.quit()
        }

        @Test func bareLineFeedsAreNormalisedAndEightBitIsDeclared() async throws {
            let client = try await connected()
            let token = Self.token()
            let message = Array("Subject: \(token)\n\nGr\u{fc}\u{df}e\n.dot\nno final newline".utf8)
            try await client.send(from: "", to: ["x@example.test"], data: message)
            let received = try await received(containing: token)
            let expected = Array("Subject: \(token)\r\n\r\nGr\u{fc}\u{df}e\r\n.dot\r\nno final newline\r\n".utf8)
            #expect(received.bytes == expected)
            #expect(received.mailFrom == "<>")  // aiosmtpd records the null reverse-path like this
            #expect(received.options.contains("BODY=8BITMIME"))
            await client.quit()
        }

        @Test func largeMessageArrivesByteExactly() async throws {
            let client = try await connected()
            let token = Self.token()
            let message =
                Array("Subject: \(token)\r\n\r\n".utf8)
                + IMAPClientTests.largeMessage(megabytes: 5).dropFirst(18)
            try await client.send(from: "a@x.test", to: ["b@x.test"], data: message)
            #expect(try await received(containing: token).bytes == message)
            await client.quit()
        }

        @Test func refusedRecipientsMapToPermanentAndTransient() async throws {
            let client = try await connected()
            let message = Array("Subject: refused\r\n\r\nbody\r\n".utf8)
            await #expect {
                try await client.send(from: "a@x.test", to: ["reject-permanent@x.test"], data: message)
            } throws: { error in
                guard let error = error as? SMTPError else { return false }
                return error.kind == .permanent && error.stage == .recipient && error.replyCode == 550
            }
            await #expect {
                try await client.send(from: "a@x.test", to: ["reject-transient@x.test"], data: message)
            } throws: { error in
                guard let error = error as? SMTPError else { return false }
                return error.kind == .transient && error.replyCode == 451
                    && error.recipientFailures.map(\.address) == ["reject-transient@x.test"]
            }
            await #expect {
                try await client.send(
                    from: "a@x.test",
                    to: ["ok@x.test", "reject-transient@x.test", "reject-permanent@x.test"],
                    data: message
                )
            } throws: { error in
                guard let error = error as? SMTPError else { return false }
                return error.kind == .permanent && error.recipientFailures.count == 2
            }
            // The transaction was reset; the same connection still delivers.
            let token = Self.token()
            try await client.send(from: "a@x.test", to: ["ok@x.test"], data: Array("Subject: \(token)\r\n\r\n".utf8))
            #expect(try await received(containing: token).recipients == ["ok@x.test"])
            await client.quit()
        }

        @Test func authenticatesWithPlainAndRejectsAWrongPassword() async throws {
            let servers = try MailTestServers.get()
            let credentials = SMTPCredentials(username: "aspirasi", password: servers.password)
            let client = try await connected(credentials: credentials)
            let token = Self.token()
            try await client.send(from: "a@x.test", to: ["b@x.test"], data: Array("Subject: \(token)\r\n\r\n".utf8))
            _ = try await received(containing: token)
            await client.quit()

            await #expect {
                try await connected(credentials: SMTPCredentials(username: "aspirasi", password: "wrong"))
            } throws: { error in
                guard let error = error as? SMTPError else { return false }
                return error.kind == .permanent && error.stage == .authentication && error.replyCode == 535
            }
        }

        @Test func injectedAddressesAreRejectedBeforeSending() async throws {
            let client = try await connected()
            let message = Array("Subject: x\r\n\r\n".utf8)
            for bad in ["a@x.test>\r\nRCPT TO:<evil@x.test", "<a@x.test>", "a@x.test\n", "a b@x.test"] {
                await #expect {
                    try await client.send(from: "a@x.test", to: [bad], data: message)
                } throws: { error in
                    (error as? SMTPError)?.kind == .permanent
                }
                await #expect {
                    try await client.send(from: bad, to: ["a@x.test"], data: message)
                } throws: { error in
                    (error as? SMTPError)?.kind == .permanent
                }
            }
            #expect(await client.isConnected)
            await client.quit()
        }
    }
}
