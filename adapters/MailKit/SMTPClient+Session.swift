import Logging
import NIOCore
import NIOSSL

extension SMTPClient {
    /// Connects, reads the 220 greeting, says EHLO (HELO if refused), upgrades with STARTTLS when
    /// `tls` is `.startTLS` and authenticates when `configuration.credentials` is set.
    public static func connect(
        host: String,
        port: Int,
        tls: MailTLSMode,
        configuration: SMTPConfiguration = SMTPConfiguration(),
        logger: Logger = Logger(label: "aspirasi.email.smtp")
    ) async throws -> SMTPClient {
        let hostname = configuration.clientHostname
        guard !hostname.isEmpty, hostname.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw SMTPError(kind: .permanent, stage: .hello, message: "invalid client hostname")
        }
        let implicitTLS = tls.implicitConfiguration
        let connection: MailConnection
        do {
            connection = try await MailConnection.connect(
                host: host,
                port: port,
                tls: implicitTLS,
                timeout: configuration.connectTimeout,
                group: configuration.eventLoopGroup
            )
        } catch let error as MailConnectionError {
            throw SMTPError(kind: .transient, stage: .connect, message: error.description)
        }
        let client = SMTPClient(
            host: host,
            connection: connection,
            isTLS: implicitTLS != nil,
            configuration: configuration,
            logger: logger
        )
        do {
            try await client.start(tls: tls)
        } catch {
            await client.close()
            throw error
        }
        logger.info("SMTP connected", metadata: ["host": "\(host)", "port": "\(port)"])
        return client
    }

    private func start(tls: MailTLSMode) async throws {
        try await perform(stage: .greeting) {
            let greeting = try await readReply(stage: .greeting, timeout: configuration.connectTimeout)
            guard greeting.code == 220 else { throw SMTPError.reply(greeting, stage: .greeting) }
            try await hello()
            if case .startTLS(let tlsConfiguration) = tls {
                guard extensions["STARTTLS"] != nil else {
                    throw SMTPError(kind: .permanent, stage: .startTLS, message: "server does not offer STARTTLS")
                }
                let reply = try await command("STARTTLS", stage: .startTLS)
                guard reply.code == 220 else { throw SMTPError.reply(reply, stage: .startTLS) }
                do {
                    try await activeConnection(stage: .startTLS).startTLS(configuration: tlsConfiguration)
                } catch let error as MailConnectionError {
                    throw SMTPError(kind: .transient, stage: .startTLS, message: error.description)
                }
                isTLS = true
                try await hello()
            }
            if let credentials = configuration.credentials {
                try await authenticate(credentials)
            }
        }
    }

    /// EHLO, falling back to HELO for servers that reject it (RFC 5321 3.2); learns the extensions.
    private func hello() async throws {
        extensions = [:]
        let reply = try await command("EHLO \(configuration.clientHostname)", stage: .hello)
        if reply.code == 250 {
            for line in reply.lines.dropFirst() {
                let keyword = line.prefix { $0 != " " }.uppercased()
                guard !keyword.isEmpty else { continue }
                extensions[keyword] = String(line.dropFirst(keyword.count).drop { $0 == " " })
            }
            return
        }
        guard reply.code >= 500 else { throw SMTPError.reply(reply, stage: .hello) }
        let fallback = try await command("HELO \(configuration.clientHostname)", stage: .hello)
        guard fallback.code == 250 else { throw SMTPError.reply(fallback, stage: .hello) }
    }

    private func authenticate(_ credentials: SMTPCredentials) async throws {
        guard isTLS || configuration.allowInsecureAuthentication || MailConnection.isLoopback(host) else {
            throw SMTPError(kind: .permanent, stage: .authentication, message: "refusing AUTH without TLS to \(host)")
        }
        let mechanisms = Set((extensions["AUTH"] ?? "").uppercased().split(separator: " ").map(String.init))
        let user = Array(credentials.username.utf8)
        let password = Array(credentials.password.utf8)
        var reply: SMTPReply
        if mechanisms.contains("PLAIN") {
            let token = SMTPEncoding.base64([0] + user + [0] + password)
            reply = try await command("AUTH PLAIN \(token)", stage: .authentication, logAs: "AUTH PLAIN ***")
            if reply.code == 334 {
                reply = try await command(token, stage: .authentication, logAs: "***")
            }
        } else if mechanisms.contains("LOGIN") {
            reply = try await command("AUTH LOGIN", stage: .authentication)
            if reply.code == 334 {
                reply = try await command(SMTPEncoding.base64(user), stage: .authentication, logAs: "***")
            }
            if reply.code == 334 {
                reply = try await command(SMTPEncoding.base64(password), stage: .authentication, logAs: "***")
            }
        } else {
            throw SMTPError(
                kind: .permanent, stage: .authentication, message: "server offers neither AUTH PLAIN nor LOGIN")
        }
        guard reply.code == 235 else {
            if reply.code == 334 {
                // The server wants more than we can give; abort the exchange with "*" (RFC 4954 4).
                _ = try? await command("*", stage: .authentication)
            }
            throw SMTPError.reply(reply, stage: .authentication)
        }
    }
}
