import NIOCore

extension IMAPClient {
    /// Longest IDLE this client accepts: RFC 2177 lets servers drop an IDLE after 30 minutes, so the
    /// caller re-IDLEs earlier; 25 minutes is a good value to pass.
    public static let maxIdleTimeout: Duration = .seconds(29 * 60)

    /// Waits (RFC 2177 IDLE) until the server announces new mail or `timeout` passes, then ends the IDLE
    /// with DONE. Needs the "IDLE" capability (check `capabilities`; poll with `fetch` otherwise) and a
    /// selected mailbox.
    ///
    /// Returns `.newMail` at once when new mail was announced since the last `fetch` started, so a
    /// message that arrived while the caller was busy is not left waiting for the next wake-up.
    public func idle(timeout: Duration) async throws -> IMAPIdleOutcome {
        guard timeout > .zero, timeout <= Self.maxIdleTimeout else {
            throw IMAPError.invalidArgument("IDLE timeout must be between 0 and 29 minutes")
        }
        return try await perform {
            guard capabilities.contains("IDLE") else { throw IMAPError.unsupported("IDLE") }
            guard selectedMailbox != nil else { throw IMAPError.notReady("no mailbox selected") }
            if pendingNewMail {
                pendingNewMail = false
                return .newMail
            }
            let idleDeadline = NIODeadline.now() + timeout.timeAmount
            var command = IMAPCommand("IDLE")
            command.add("IDLE")
            let tag = try await send(command)
            try await awaitContinuation(tag, command: "IDLE", onResponse: { _ in })
            isIdling = true
            defer { isIdling = false }
            let endedByServer = try await waitWhileIdling(tag: tag, until: idleDeadline)
            if !endedByServer {
                try await activeConnection().write(Array("DONE\r\n".utf8), timeout: configuration.readTimeout)
                _ = try await awaitTagged(tag, command: "IDLE", onResponse: { _ in })
            }
            let outcome: IMAPIdleOutcome = pendingNewMail ? .newMail : .timeout
            pendingNewMail = false
            return outcome
        }
    }

    /// Reads untagged responses until new mail is announced or the deadline passes. Returns true when
    /// the server itself ended the IDLE with a tagged OK (some do, before their own timeout).
    private func waitWhileIdling(tag: String, until deadline: NIODeadline) async throws -> Bool {
        while !pendingNewMail {
            let response: IMAPResponse
            do {
                response = try await readResponse(firstLineDeadline: deadline, quietIsNormal: true)
            } catch is IMAPResponseReader.QuietUntilDeadline {
                return false
            }
            switch response {
            case .tagged(let responseTag, let status, _, let text) where responseTag == tag:
                if status == .ok { return true }
                throw failure(command: "IDLE", status: status, text: text)
            case .tagged, .continuation:
                throw IMAPError.protocolError("unexpected reply during IDLE")
            default:
                try observe(response)
            }
        }
        return false
    }
}
