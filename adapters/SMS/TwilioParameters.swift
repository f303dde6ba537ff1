import ChannelKit

/// What a genuine Twilio messaging webhook may carry.
///
/// Twilio's signature is HMAC-SHA1 over the URL followed by every name and
/// value joined with no separator, so the bytes of one captured request can be
/// re-split into other names and values under the same signature (`Body=ab`
/// and `Bodya=b` sign alike). Holding the names to the documented set, each
/// once, and the message id to its documented shape leaves such a re-split
/// nothing to become. Source: Twilio, "Twilio's request to your incoming
/// message Webhook URL" (docs/messaging/guides/webhook-request): common, media,
/// geographic and WhatsApp parameters.
enum TwilioParameters {
    static let documented: Set<String> = [
        "MessageSid", "SmsSid", "SmsMessageSid", "AccountSid", "MessagingServiceSid", "From", "To", "Body",
        "NumMedia", "NumSegments", "SmsStatus", "ApiVersion", "MessageType", "ChannelMetadata",
        "FromCity", "FromState", "FromZip", "FromCountry", "ToCity", "ToState", "ToZip", "ToCountry",
        "ProfileName", "WaId", "Forwarded", "FrequentlyForwarded", "ButtonText", "ButtonPayload",
        "Latitude", "Longitude", "Address", "Label",
        "ReferralBody", "ReferralHeadline", "ReferralSourceId", "ReferralSourceType", "ReferralSourceUrl",
        "ReferralMediaId", "ReferralMediaContentType", "ReferralMediaUrl", "ReferralNumMedia", "ReferralCtwaClid",
        "OriginalRepliedMessageSender", "OriginalRepliedMessageSid",
    ]
    /// Numbered per attachment: `MediaUrl0`, `MediaContentType0`, … (at most ten).
    static let numbered = ["MediaUrl", "MediaContentType"]

    /// Nil when every name is documented and appears once; else what is wrong.
    static func problem(in pairs: [(String, String)]) -> String? {
        var seen: Set<String> = []
        for (name, _) in pairs {
            guard seen.insert(name).inserted else { return "parameter \(name) appears twice" }
            guard documented.contains(name) || isNumbered(name) else {
                return "parameter \(name.prefix(40)) is not one Twilio sends"
            }
        }
        return nil
    }

    /// `SM` (SMS) or `MM` (MMS) followed by 32 lower-case hex digits.
    static func isMessageSid(_ sid: String) -> Bool {
        let bytes = Array(sid.utf8)
        guard bytes.count == 34, bytes[1] == UInt8(ascii: "M"),
            bytes[0] == UInt8(ascii: "S") || bytes[0] == UInt8(ascii: "M")
        else { return false }
        return bytes.dropFirst(2).allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    private static func isNumbered(_ name: String) -> Bool {
        for prefix in numbered where name.hasPrefix(prefix) {
            let index = name.dropFirst(prefix.count)
            return (1...2).contains(index.count) && index.allSatisfy(\.isASCII) && Int(index).map { $0 < 10 } == true
                && !(index.count == 2 && index.hasPrefix("0"))
        }
        return false
    }
}
