import Foundation

/// What makes two identities on different channels one citizen: the same phone number (as E.164,
/// `+62…`) on SMS, WhatsApp or the partner API, or the same e-mail address. Handles of the other
/// channels (an X account id, a Qlue profile) name no one outside their channel and have no key.
public enum ContactKey {
    /// Channels whose handles are phone numbers when they look like one.
    static let phoneChannels: Set<String> = ["sms", "whatsapp", "api"]

    /// `tel:+6281234567890` or `mailto:warga@example.id`; nil when the handle links to no other channel.
    public static func of(channel: String, handle: String) -> String? {
        let trimmed = handle.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if channel == "email" || (channel == "api" && CitizenContact.isEmail(trimmed)) {
            return CitizenContact.isEmail(trimmed) ? "mailto:" + trimmed.lowercased() : nil
        }
        guard phoneChannels.contains(channel), let spellings = CitizenContact.phoneSpellings(trimmed) else {
            return nil
        }
        return spellings.first.map { "tel:" + $0 }
    }
}
