extension IMAPClient {
    /// Fetches up to `limit` whole messages with UID >= `uidsFrom`, in UID order, without setting \Seen.
    ///
    /// First asks for UIDs and sizes (`UID FETCH n:* (UID RFC822.SIZE)`), then downloads the chosen ones
    /// with `UID FETCH set (UID BODY.PEEK[])`. That way `limit` and `maxFetchBatchBytes` really bound the
    /// download, and oversized messages are never downloaded. `n:*` also matches the highest UID when it
    /// is below n (RFC 9051 6.4.8), so results are filtered to UID >= n.
    ///
    /// If the first candidate is larger than `maxMessageSize`, this throws `IMAPError.messageTooLarge`
    /// naming it (the caller records it and continues from `uid + 1`); a later oversized message just ends
    /// the batch, so it becomes the first candidate of the next call. Messages expunged between the two
    /// commands are left out.
    public func fetch(uidsFrom: UInt32, limit: Int) async throws -> [(uid: UInt32, bytes: [UInt8])] {
        let chosen = try await perform { () async throws -> [UInt32] in
            guard selectedMailbox != nil else { throw IMAPError.notReady("no mailbox selected") }
            guard limit > 0 else { return [] }
            let first = max(uidsFrom, 1)
            pendingNewMail = false
            var sizes: [UInt32: Int] = [:]
            var command = IMAPCommand("UID FETCH")
            command.add("UID FETCH \(first):* (UID RFC822.SIZE)")
            try await execute(command) { response in
                if case .fetch(_, let attributes) = response, let uid = attributes.uid, uid >= first {
                    sizes[uid] = attributes.size ?? 0
                }
            }
            return try chooseBatch(sizes: sizes, limit: limit)
        }
        if chosen.isEmpty { return [] }
        return try await perform {
            var bodies: [UInt32: [UInt8]] = [:]
            let wanted = Set(chosen)
            var command = IMAPCommand("UID FETCH")
            command.add("UID FETCH \(IMAPSequenceSet.format(chosen)) (UID BODY.PEEK[])")
            try await execute(command) { response in
                if case .fetch(_, let attributes) = response, let uid = attributes.uid, wanted.contains(uid),
                    let body = attributes.body
                {
                    bodies[uid] = body
                }
            }
            return chosen.compactMap { uid in bodies[uid].map { (uid: uid, bytes: $0) } }
        }
    }

    /// Picks the UIDs of one batch: in UID order, at most `limit`, within the byte budget.
    private func chooseBatch(sizes: [UInt32: Int], limit: Int) throws -> [UInt32] {
        var chosen: [UInt32] = []
        var bytes = 0
        for uid in sizes.keys.sorted().prefix(limit) {
            let size = sizes[uid] ?? 0
            if size > configuration.maxMessageSize {
                if chosen.isEmpty {
                    throw IMAPError.messageTooLarge(uid: uid, size: size, limit: configuration.maxMessageSize)
                }
                break
            }
            if !chosen.isEmpty, bytes + size > configuration.maxFetchBatchBytes { break }
            chosen.append(uid)
            bytes += size
        }
        return chosen
    }

    /// Sets \Seen on these messages (`UID STORE set +FLAGS.SILENT (\Seen)`); unknown UIDs are ignored
    /// by the server. Call it after the messages are safely stored, so a crash in between re-fetches
    /// them instead of losing them.
    public func markSeen(uids: [UInt32]) async throws {
        try await perform {
            guard selectedMailbox != nil else { throw IMAPError.notReady("no mailbox selected") }
            for chunk in IMAPSequenceSet.chunks(uids) {
                var command = IMAPCommand("UID STORE")
                command.add("UID STORE \(IMAPSequenceSet.format(chunk)) +FLAGS.SILENT (\\Seen)")
                try await execute(command)
            }
        }
    }

    /// The flags of these messages (e.g. "\\Seen"), by UID; messages that no longer exist are absent.
    public func flags(uids: [UInt32]) async throws -> [UInt32: [String]] {
        try await perform {
            guard selectedMailbox != nil else { throw IMAPError.notReady("no mailbox selected") }
            var result: [UInt32: [String]] = [:]
            for chunk in IMAPSequenceSet.chunks(uids) {
                let wanted = Set(chunk)
                var command = IMAPCommand("UID FETCH")
                command.add("UID FETCH \(IMAPSequenceSet.format(chunk)) (UID FLAGS)")
                try await execute(command) { response in
                    if case .fetch(_, let attributes) = response, let uid = attributes.uid, wanted.contains(uid),
                        let flags = attributes.flags
                    {
                        result[uid] = flags
                    }
                }
            }
            return result
        }
    }

    /// Stores a message in a mailbox (e.g. a Sent folder) with a synchronizing literal.
    ///
    /// Returns the new message's UID when the server reports it (UIDPLUS `APPENDUID`), else nil.
    /// The message should use CRLF line endings; it is sent byte for byte.
    @discardableResult
    public func append(mailbox: String, message: [UInt8], flags: [String] = []) async throws -> UInt32? {
        try await perform {
            guard isAuthenticated else { throw IMAPError.notReady("not logged in") }
            var command = IMAPCommand("APPEND")
            command.add("APPEND ")
            try command.addMailbox(mailbox)
            if !flags.isEmpty { command.add(" " + (try IMAPCommand.flagList(flags))) }
            command.add(" ")
            command.parts.append(.literal(message))
            // Assume at least 64 KiB/s for the upload on top of the usual timeout.
            let writeTimeout = configuration.readTimeout + .seconds(message.count / 65536)
            let reply = try await execute(command, writeTimeout: writeTimeout)
            guard let code = reply.code, code.name == "APPENDUID", code.words.count >= 2 else { return nil }
            return UInt32(code.words[1])
        }
    }
}
