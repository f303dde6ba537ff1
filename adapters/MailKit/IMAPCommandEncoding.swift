/// A command line to send, split where a synchronizing literal must wait for the server's `+`.
struct IMAPCommand: Sendable {
    enum Part: Sendable {
        case text([UInt8])
        /// Sent as `{N}` CRLF, then (after the continuation) the bytes.
        case literal([UInt8])
    }

    var parts: [Part] = []
    /// What error messages call the command (never includes arguments such as passwords).
    var name: String

    init(_ name: String) {
        self.name = name
    }

    mutating func add(_ text: String) {
        parts.append(.text(Array(text.utf8)))
    }

    /// Appends an astring: an atom-safe quoted string when possible, otherwise a literal.
    mutating func addString(_ value: String) throws(IMAPError) {
        let bytes = Array(value.utf8)
        guard !bytes.contains(0) else { throw .invalidArgument("NUL byte in \(name) argument") }
        if bytes.allSatisfy(Self.isQuotable) {
            parts.append(.text(Self.quoted(bytes)))
        } else {
            parts.append(.literal(bytes))
        }
    }

    /// Appends a mailbox name. Non-ASCII names would need modified UTF-7, which this client does not do.
    mutating func addMailbox(_ name: String) throws(IMAPError) {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy(Self.isQuotable) else {
            throw .invalidArgument("mailbox name must be non-empty printable ASCII: \(name)")
        }
        parts.append(.text(Self.quoted(bytes)))
    }

    /// 7-bit bytes other than NUL, CR and LF can go in a quoted string (with `"` and `\` escaped).
    static func isQuotable(_ byte: UInt8) -> Bool {
        byte > 0 && byte < 0x80 && byte != UInt8(ascii: "\r") && byte != UInt8(ascii: "\n")
    }

    static func quoted(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(bytes.count + 2)
        for byte in bytes {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { result.append(UInt8(ascii: "\\")) }
            result.append(byte)
        }
        result.append(UInt8(ascii: "\""))
        return result
    }

    /// A flag list such as `(\Seen \Flagged)`; flags must be atoms (system flags start with a backslash).
    static func flagList(_ flags: [String]) throws(IMAPError) -> String {
        for flag in flags {
            let body = flag.hasPrefix("\\") ? flag.dropFirst() : Substring(flag)
            let ok =
                !body.isEmpty
                && body.utf8.allSatisfy { byte in
                    byte > 0x20 && byte < 0x7F && !"(){%*\"\\]".utf8.contains(byte)
                }
            guard ok else { throw .invalidArgument("not a valid flag: \(flag)") }
        }
        return "(" + flags.joined(separator: " ") + ")"
    }
}

enum IMAPSequenceSet {
    /// Compresses UIDs into IMAP set syntax: [1, 2, 3, 7] becomes "1:3,7".
    static func format(_ uids: [UInt32]) -> String {
        let sorted = Array(Set(uids.filter { $0 > 0 })).sorted()
        var ranges: [String] = []
        var index = 0
        while index < sorted.count {
            let start = sorted[index]
            var end = start
            while index + 1 < sorted.count, sorted[index + 1] == end + 1 {
                index += 1
                end = sorted[index]
            }
            ranges.append(start == end ? "\(start)" : "\(start):\(end)")
            index += 1
        }
        return ranges.joined(separator: ",")
    }

    /// Splits UIDs into chunks so no single command line becomes unreasonably long.
    static func chunks(_ uids: [UInt32], size: Int = 500) -> [[UInt32]] {
        let sorted = Array(Set(uids.filter { $0 > 0 })).sorted()
        return stride(from: 0, to: sorted.count, by: size).map { Array(sorted[$0..<min($0 + size, sorted.count)]) }
    }
}
