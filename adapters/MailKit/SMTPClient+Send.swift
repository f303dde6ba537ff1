import Logging

extension SMTPClient {
    /// Sends one message: MAIL FROM, RCPT TO for each recipient, DATA.
    ///
    /// `data` is the whole message (headers and body). Line endings are normalised to CRLF and lines
    /// starting with "." are dot-stuffed here, so the server stores exactly `data` (modulo line endings).
    /// `from` may be "" for the null reverse-path. Returns the reply to the final ".", whose text
    /// usually holds the server's queue id.
    ///
    /// The message goes to all recipients or to none: if the server refuses any recipient, the
    /// transaction is reset and the error lists every refusal in `recipientFailures` (`.permanent` if any
    /// refusal was 5xx, else `.transient`), so the caller can drop bad addresses and send again.
    @discardableResult
    public func send(from: String, to recipients: [String], data: [UInt8]) async throws -> SMTPReply {
        if let problem = SMTPEncoding.addressProblem(from) {
            throw SMTPError(kind: .permanent, stage: .mailFrom, message: "\(problem): \(from)")
        }
        guard !recipients.isEmpty else {
            throw SMTPError(kind: .permanent, stage: .recipient, message: "no recipients")
        }
        for recipient in recipients {
            if let problem = SMTPEncoding.addressProblem(recipient) ?? (recipient.isEmpty ? "empty address" : nil) {
                throw SMTPError(kind: .permanent, stage: .recipient, message: "\(problem): \(recipient)")
            }
        }
        let payload = SMTPEncoding.dotStuffed(data)
        return try await perform(stage: .mailFrom) {
            try await mailFrom(from, recipients: recipients, payload: payload, eightBit: SMTPEncoding.has8Bit(data))
            try await addRecipients(recipients)
            let reply = try await command("DATA", stage: .data)
            guard reply.code == 354 else {
                await reset()
                throw SMTPError.reply(reply, stage: .data)
            }
            return try await transmit(payload)
        }
    }

    private func mailFrom(_ from: String, recipients: [String], payload: [UInt8], eightBit: Bool) async throws {
        var parameters = ""
        if let sizeLimit = extensions["SIZE"].flatMap({ Int($0) }), sizeLimit > 0 {
            guard payload.count <= sizeLimit else {
                throw SMTPError(
                    kind: .permanent,
                    stage: .mailFrom,
                    message: "message of \(payload.count) bytes exceeds the server's limit of \(sizeLimit)"
                )
            }
        }
        if extensions["SIZE"] != nil { parameters += " SIZE=\(payload.count)" }
        if eightBit, extensions["8BITMIME"] != nil { parameters += " BODY=8BITMIME" }
        if !([from] + recipients).allSatisfy(SMTPEncoding.isASCII) {
            guard extensions["SMTPUTF8"] != nil else {
                throw SMTPError(kind: .permanent, stage: .mailFrom, message: "non-ASCII address needs SMTPUTF8")
            }
            parameters += " SMTPUTF8"
        }
        let reply = try await command("MAIL FROM:<\(from)>\(parameters)", stage: .mailFrom)
        guard reply.code == 250 else {
            if reply.code != 421 { await reset() }
            throw SMTPError.reply(reply, stage: .mailFrom)
        }
    }

    private func addRecipients(_ recipients: [String]) async throws {
        var failures: [SMTPRecipientFailure] = []
        for recipient in recipients {
            // The citizen's address stays out of the logs.
            let reply = try await command("RCPT TO:<\(recipient)>", stage: .recipient, logAs: "RCPT TO:<recipient>")
            if reply.code == 421 { throw SMTPError.reply(reply, stage: .recipient) }
            if reply.code != 250 && reply.code != 251 {
                failures.append(SMTPRecipientFailure(address: recipient, replyCode: reply.code, message: reply.text))
            }
        }
        guard let first = failures.first else { return }
        await reset()
        let permanent = failures.contains { !$0.isTransient }
        throw SMTPError(
            kind: permanent ? .permanent : .transient,
            stage: .recipient,
            replyCode: first.replyCode,
            message: first.message,
            recipientFailures: failures
        )
    }

    /// Writes the message and the end-of-data marker, then waits for the verdict.
    ///
    /// Until the marker is handed to the network, a failure is transient (the server cannot have
    /// accepted an unterminated message); from then on, a missing reply leaves the outcome unknown.
    private func transmit(_ payload: [UInt8]) async throws -> SMTPReply {
        let connection = try activeConnection(stage: .message)
        let writeTimeout = configuration.commandTimeout + .seconds(payload.count / 65536)
        do {
            try await connection.write(payload, timeout: writeTimeout)
        } catch let error as MailConnectionError {
            throw SMTPError(kind: .transient, stage: .message, message: error.description)
        }
        do {
            try await connection.write(Array(".\r\n".utf8), timeout: configuration.commandTimeout)
            let reply = try await readReply(stage: .message, timeout: configuration.finalReplyTimeout)
            guard reply.code == 250 else { throw SMTPError.reply(reply, stage: .message) }
            logger.info("SMTP message accepted", metadata: ["host": "\(host)", "reply": "\(reply.text)"])
            return reply
        } catch let error as SMTPError where error.replyCode != nil {
            throw error
        } catch is CancellationError {
            throw SMTPError(kind: .unknownOutcome, stage: .message, message: "cancelled while awaiting the final reply")
        } catch {
            let text = (error as? MailConnectionError)?.description ?? "\(error)"
            throw SMTPError(kind: .unknownOutcome, stage: .message, message: "no reply to the final '.': \(text)")
        }
    }

    /// RSET after a refused step, so the next `send` starts a clean transaction; failures are ignored
    /// here because the next command will surface a broken connection anyway.
    func reset() async {
        _ = try? await command("RSET", stage: .mailFrom)
    }
}
