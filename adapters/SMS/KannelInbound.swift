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
public enum KannelDeliveryReport {
    /// Kannel's dlr-mask bits, as the status of a delivery.
    public static func describe(_ status: Int) -> String? {
        switch status {
        case 1: "delivered"
        case 2: "undelivered"
        case 4: "buffered"
        case 8: "accepted_by_smsc"
        case 16: "rejected_by_smsc"
        default: nil
        }
    }
}
