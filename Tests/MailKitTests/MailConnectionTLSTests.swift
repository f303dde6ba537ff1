import NIOSSL
import Testing

@testable import MailKit

extension MailServerTests {
    /// TLS against the real servers, whose certificate a throw-away CA signed.
    @Suite struct MailConnectionTLSTests {
        static func trustingTestCA() throws -> TLSConfiguration {
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.trustRoots = .file(try MailTestServers.get().caPath)
            return configuration
        }

        @Test(arguments: ["127.0.0.1", "localhost"])
        func imapImplicitTLSVerifiesTheServer(host: String) async throws {
            let servers = try MailTestServers.get()
            let client = try await IMAPClient.connect(
                host: host, port: servers.imapsPort, tls: .implicit(try Self.trustingTestCA()))
            try await client.login(username: servers.username, password: servers.password)
            #expect(try await client.select("INBOX").uidValidity > 0)
            await client.logout()
        }

        @Test func imapImplicitTLSRejectsAnUntrustedCertificate() async throws {
            let servers = try MailTestServers.get()
            await #expect {
                try await IMAPClient.connect(
                    host: "127.0.0.1", port: servers.imapsPort, tls: .implicit(.makeClientConfiguration()))
            } throws: { error in
                guard case IMAPError.connectionFailed = error else { return false }
                return true
            }
        }

        @Test func imapStartTLSUpgradesThePlainPort() async throws {
            let servers = try MailTestServers.get()
            let client = try await IMAPClient.connect(
                host: "localhost", port: servers.imapPort, tls: .startTLS(try Self.trustingTestCA()))
            #expect(await client.isTLS)
            #expect(await client.capabilities.contains("IMAP4REV1"))
            try await client.login(username: servers.username, password: servers.password)
            await client.logout()
        }

        @Test func smtpStartTLSThenAuthThenSend() async throws {
            let servers = try MailTestServers.get()
            var configuration = SMTPConfiguration()
            configuration.credentials = SMTPCredentials(username: "aspirasi", password: servers.password)
            let client = try await SMTPClient.connect(
                host: "localhost",
                port: servers.smtpPort,
                tls: .startTLS(try Self.trustingTestCA()),
                configuration: configuration
            )
            #expect(await client.isTLS)
            #expect(try await client.send(from: "a@x.test", to: ["b@x.test"], data: Array("x\r\n".utf8)).code == 250)
            await client.quit()
        }

        @Test func smtpImplicitTLSSends() async throws {
            let servers = try MailTestServers.get()
            let client = try await SMTPClient.connect(
                host: "127.0.0.1", port: servers.smtpsPort, tls: .implicit(try Self.trustingTestCA()))
            #expect(try await client.send(from: "a@x.test", to: ["b@x.test"], data: Array("x\r\n".utf8)).code == 250)
            await client.quit()
        }
    }
}
