import ChannelKit

/// Kannel signs nothing (unlike Twilio, whose check sits beside this in `TwilioWebhook`): a call is
/// Kannel's when the secret token in its path matches, compared in constant time, and it comes from
/// an address on the allow-list.
public struct KannelGate: Sendable {
    public let token: String
    public let allowed: [IPNetwork]

    public init(token: String, allowed: [IPNetwork]) {
        self.token = token
        self.allowed = allowed
    }

    /// `peer` is the caller's address as the server saw it (IPv4-mapped forms are unwrapped here).
    public func admits(token given: String, peer: IPAddress?) -> Bool {
        let permitted = peer.map { address in allowed.contains { $0.contains(address.unmapped) } } ?? false
        return WebhookSignature.constantTimeEqual(Array(given.utf8), Array(token.utf8)) && permitted
    }
}
