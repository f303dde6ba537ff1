import ChannelKit
import Foundation

/// What Kannel's smsbox sends to our `get-url` for each SMS:
/// `?from=%p&to=%P&text=%b&time=%t&ts=%T&id=%I&smsc=%i&coding=%c&charset=%C`.
/// The text is the message's original bytes (`%b`; `%a` squeezes spaces byte
/// by byte, which breaks UTF-16) percent-encoded in its charset: UCS-2
/// messages (`coding=2`) arrive as UTF-16BE, others as UTF-8 (or Latin-1
/// from an old SMSC), so the query is decoded byte by byte, not as UTF-8.
public enum KannelInbound {
    /// The get-url's query string, as our sample configuration and the README give it.
    public static let queryTemplate = "from=%p&to=%P&text=%b&time=%t&ts=%T&id=%I&smsc=%i&coding=%c&charset=%C"

    public static func decode(query: String) throws(AdapterError) -> InboundMessage {
        let fields = parse(query)
        guard let fromBytes = fields["from"], let from = String(validating: fromBytes, as: UTF8.self), !from.isEmpty
        else { throw .malformed("from (%p) is missing") }
        guard let textBytes = fields["text"] else { throw .malformed("text (%a) is missing") }
        let charset = fields["charset"].map { String(decoding: $0, as: UTF8.self).uppercased() } ?? "UTF-8"
        let coding = fields["coding"].map { String(decoding: $0, as: UTF8.self) } ?? "0"
        guard let text = decodeText(textBytes, charset: charset, coding: coding) else {
            throw .malformed("text is not valid \(charset)")
        }
        let value = { (name: String) in fields[name].map { String(decoding: $0, as: UTF8.self) } }
        let sentAt = value("ts").flatMap(Double.init).map { Date(timeIntervalSince1970: $0) }
        // Kannel's %I is a UUID per message; without it, a digest of sender, SMSC time and text identifies a
        // retry on any hub after any restart (and keeps the phone number out of the id).
        let id =
            value("id").flatMap { $0.isEmpty ? nil : $0 }
            ?? WebhookSignature.sha256Hex(Data("\(from)|\(value("ts") ?? "")|\(text)".utf8))
        return InboundMessage(
            channel: .sms, externalID: "kannel:\(id)", author: .init(handle: from), text: text, sentAt: sentAt,
            rawPayload: Data(query.utf8), rawContentType: "application/x-www-form-urlencoded")
    }

    static func decodeText(_ bytes: [UInt8], charset: String, coding: String) -> String? {
        if coding == "2" || charset == "UTF-16BE" || charset == "UCS-2" || charset == "UCS-2BE" {
            guard bytes.count % 2 == 0 else { return nil }
            let units = stride(from: 0, to: bytes.count, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(validating: units, as: UTF16.self)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Latin-1 maps each byte to the code point of the same value.
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// name -> raw bytes, `+` a space and `%XX` a byte.
    static func parse(_ query: String) -> [String: [UInt8]] {
        var fields: [String: [UInt8]] = [:]
        for pair in query.utf8.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = String(validating: bytes(parts[0]), as: UTF8.self), fields[name] == nil else { continue }
            fields[name] = parts.count > 1 ? bytes(parts[1]) : []
        }
        return fields
    }

    static func bytes(_ encoded: Substring.UTF8View.SubSequence) -> [UInt8] {
        var out: [UInt8] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let byte = encoded[index]
            let high = encoded.index(after: index)
            if byte == UInt8(ascii: "%"), high < encoded.endIndex, encoded.index(after: high) < encoded.endIndex,
                let h = FormFields.hexValue(encoded[high]),
                let l = FormFields.hexValue(encoded[encoded.index(after: high)])
            {
                out.append(h << 4 | l)
                index = encoded.index(after: encoded.index(after: high))
                continue
            }
            out.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index = high
        }
        return out
    }
}

/// A Kannel delivery report, from the `dlr-url` we give with each SMS.
///
/// `%d` is Kannel's DLR type, a bit mask (gw/dlr.h): 1 delivered to the phone,
/// 2 not delivered, 4 buffered at the SMSC, 8 accepted by the SMSC, 16 rejected
/// by the SMSC, and flags above them that combine with those: `DLR_EXPIRED` is
/// 0x22 (34 = 32|2) and `DLR_UNKNOWN` 0x42 (66 = 64|2). Sources: Kannel's user
/// guide (`dlr-mask`, "the values ... are added together") and the DLR values
/// page at gist.github.com/atkawa7/125c02113df26337de092ab9f47f4542 quoting
/// dlr.h. SMSCs send such combinations, so every number is recorded, never refused.
public enum KannelDeliveryReport {
    /// The provider status recorded on the delivery for Kannel's `%d`; a value we cannot
    /// read is kept as `kannel_<n>` so that nothing Kannel says is lost.
    public static func describe(_ status: Int) -> String {
        switch status {
        case 0x22: return "expired"
        case 0x42: return "unknown"
        default: break
        }
        // Final words first: a report carrying a final bit is final whatever else is set.
        if status > 0 {
            if status & 1 != 0 { return "delivered" }
            if status & 2 != 0 { return "undelivered" }
            if status & 16 != 0 { return "rejected_by_smsc" }
            if status & 8 != 0 { return "accepted_by_smsc" }
            if status & 4 != 0 { return "buffered" }
        }
        return "kannel_\(status)"
    }

    /// The statuses after which no earlier stage may overwrite the record.
    public static let finalStatuses = ["delivered", "undelivered", "rejected_by_smsc", "expired", "unknown"]
}
