import Logging
import NIOCore
import NIOSSL

extension IMAPClient {
    /// Connects, reads the greeting and learns the capabilities (after STARTTLS when asked for).
    ///
    /// Certificate and hostname checks follow the given `TLSConfiguration`; for an IP-literal host the
    /// certificate must name that IP address.
    public static func connect(
        host: String,
        port: Int,
        tls: MailTLSMode,
        configuration: IMAPConfiguration = IMAPConfiguration(),
        logger: Logger = Logger(label: "aspirasi.email.imap")
    ) async throws -> IMAPClient {
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
            throw IMAPError.connectionFailed(error.description)
        }
        let client = IMAPClient(
            host: host,
            connection: connection,
            isTLS: implicitTLS != nil,
            configuration: configuration,
            logger: logger
        )
        do {
            try await client.start(tls: tls)
        } catch let error as IMAPError {
            await client.close()
            switch error {
            case .commandFailed, .unsupported: throw error
            case .connectionLost(let text), .connectionFailed(let text), .protocolError(let text):
                throw IMAPError.connectionFailed(text)
            default: throw IMAPError.connectionFailed(error.description)
            }
        } catch {
            await client.close()
            throw error
        }
        logger.info("IMAP connected", metadata: ["host": "\(host)", "port": "\(port)"])
        return client
    }

    private func start(tls: MailTLSMode) async throws {
        try await perform {
            let deadline = NIODeadline.now() + configuration.connectTimeout.timeAmount
            let greeting = try await readResponse(firstLineDeadline: deadline)
            switch greeting {
            case .status(.ok, let code, _):
                if let code { try observe(code: code) }
            case .status(.preauth, let code, _):
                if let code { try observe(code: code) }
                isAuthenticated = true
            case .status(.bye, _, let text):
                throw IMAPError.connectionFailed("server refused the connection: \(text)")
            default:
                throw IMAPError.protocolError("unexpected greeting")
            }
            if capabilities.isEmpty { try await refreshCapabilities() }
            if case .startTLS(let tlsConfiguration) = tls {
                guard capabilities.contains("STARTTLS") else { throw IMAPError.unsupported("STARTTLS") }
                var command = IMAPCommand("STARTTLS")
                command.add("STARTTLS")
                try await execute(command)
                try await activeConnection().startTLS(configuration: tlsConfiguration)
                isTLS = true
                capabilities = []
                try await refreshCapabilities()
            }
        }
    }

    func refreshCapabilities() async throws {
        var command = IMAPCommand("CAPABILITY")
        command.add("CAPABILITY")
        try await execute(command)
    }

    /// Logs in with LOGIN, quoting user name and password (or sending them as literals when needed).
    ///
    /// Refuses to send the password without TLS unless the host is loopback or
    /// `allowInsecureAuthentication` is set. A refused login throws `IMAPError.authenticationFailed`.
    public func login(username: String, password: String) async throws {
        try await perform {
            guard !isAuthenticated else { return }
            guard !capabilities.contains("LOGINDISABLED") else {
                throw IMAPError.unsupported("LOGIN (server advertises LOGINDISABLED)")
            }
            guard isTLS || configuration.allowInsecureAuthentication || MailConnection.isLoopback(host) else {
                throw IMAPError.notReady("refusing to send a password without TLS to \(host)")
            }
            var command = IMAPCommand("LOGIN")
            command.add("LOGIN ")
            try command.addString(username)
            command.add(" ")
            try command.addString(password)
            do {
                let reply = try await execute(command)
                isAuthenticated = true
                if reply.code?.name != "CAPABILITY" { try await refreshCapabilities() }
            } catch IMAPError.commandFailed(_, _, let text) {
                throw IMAPError.authenticationFailed(text)
            }
        }
    }

    /// Opens a mailbox read-write and reports UIDVALIDITY, UIDNEXT and the message count.
    public func select(_ mailbox: String) async throws -> IMAPMailboxStatus {
        try await perform {
            guard isAuthenticated else { throw IMAPError.notReady("not logged in") }
            var command = IMAPCommand("SELECT")
            command.add("SELECT ")
            try command.addMailbox(mailbox)
            selectedMailbox = nil
            var uidValidity: UInt32?
            var uidNext: UInt32?
            var count: UInt32 = 0
            try await execute(command) { response in
                switch response {
                case .exists(let number):
                    count = number
                case .status(.ok, let code?, _) where code.name == "UIDVALIDITY":
                    uidValidity = code.words.first.flatMap { UInt32($0) }
                case .status(.ok, let code?, _) where code.name == "UIDNEXT":
                    uidNext = code.words.first.flatMap { UInt32($0) }
                default:
                    break
                }
            }
            guard let uidValidity else { throw IMAPError.protocolError("SELECT reply without UIDVALIDITY") }
            selectedMailbox = mailbox
            exists = count
            pendingNewMail = false
            return IMAPMailboxStatus(uidValidity: uidValidity, uidNext: uidNext, exists: count)
        }
    }

    /// Creates a mailbox (e.g. a Sent folder). A server refusal, such as "already exists", throws
    /// `IMAPError.commandFailed` with the server's text.
    public func createMailbox(_ mailbox: String) async throws {
        try await perform {
            guard isAuthenticated else { throw IMAPError.notReady("not logged in") }
            var command = IMAPCommand("CREATE")
            command.add("CREATE ")
            try command.addMailbox(mailbox)
            try await execute(command)
        }
    }

    /// NOOP: lets the server report changes and keeps the connection alive.
    public func noop() async throws {
        try await perform {
            var command = IMAPCommand("NOOP")
            command.add("NOOP")
            try await execute(command)
        }
    }

    /// Says LOGOUT and closes. Never throws: the connection is closed either way.
    public func logout() async {
        if connection != nil, !inUse {
            _ = try? await perform {
                var command = IMAPCommand("LOGOUT")
                command.add("LOGOUT")
                try await execute(command)
            }
        }
        await shutdown()
    }
}
