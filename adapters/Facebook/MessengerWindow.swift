import ChannelKit
import Foundation

/// How a Messenger reply may go out under Meta's messaging policy.
///
/// - Inside the standard messaging window (24 hours after the citizen's last
///   message) it is `messaging_type: RESPONSE`, no tag (Send API reference:
///   "messaging_type=RESPONSE" for a response to a person's message;
///   developers.facebook.com/docs/messenger-platform/send-messages).
/// - Outside it, only a message tag Meta allows for that message
///   (developers.facebook.com/documentation/business-messaging/messenger-platform/policy/):
///   `HUMAN_AGENT` lets a human agent answer a person's inquiry up to 7 days after
///   their message, and needs the Human Agent permission (app review). An officer's
///   own reply (template `reply`) is exactly that, so it goes with `HUMAN_AGENT` when
///   the page has the permission (`ASPIRASI_FB_HUMAN_AGENT`).
/// - Automated status news of a complaint fits no tag: `ACCOUNT_UPDATE` is for a
///   change to the person's application or account, `CONFIRMED_EVENT_UPDATE` for an
///   event they registered for, `POST_PURCHASE_UPDATE` for a purchase; a report to
///   the government is none of these, and tags must not be stretched to cover other
///   content (Meta may restrict the page). Such a message is not sent; the reason is
///   recorded on the delivery and the citizen still sees the status on the report page.
public enum MessengerWindow {
    public static let standard: TimeInterval = 24 * 3600
    public static let humanAgent: TimeInterval = 7 * 24 * 3600

    /// The Send API fields that say how the message goes (`messaging_type`, maybe `tag`),
    /// or `.notAllowed` with the reason.
    public static func fields(for message: OutgoingMessage, humanAgentPermitted: Bool, now: Date = Date())
        throws(SendFailure) -> [String: String]
    {
        guard let last = message.citizenLastMessageAt else {
            throw .notAllowed("no Messenger message from the citizen on record on this conversation")
        }
        let elapsed = now.timeIntervalSince(last)
        if elapsed < standard { return ["messaging_type": "RESPONSE"] }
        let isOfficerReply = message.payload["template"] == "reply"
        if isOfficerReply, humanAgentPermitted, elapsed < humanAgent {
            return ["messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"]
        }
        if isOfficerReply, humanAgentPermitted {
            throw .notAllowed("Messenger's 7-day human agent window has closed")
        }
        if isOfficerReply {
            throw .notAllowed(
                "outside Messenger's 24-hour window, and the page has no Human Agent permission (ASPIRASI_FB_HUMAN_AGENT)"
            )
        }
        throw .notAllowed(
            "outside Messenger's 24-hour window; no message tag fits a report's status news (Meta's policy)")
    }
}
