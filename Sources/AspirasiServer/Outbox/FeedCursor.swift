import Foundation

/// Where an admin may set a polled feed to start from: a first start from now
/// instead of from the beginning of a mailbox or feed, or a rewind after an
/// incident (the intake's dedupe makes re-reading safe). Each feed's cursor
/// has its own shape, checked here so a typo cannot send a poller back to the
/// beginning.
enum FeedCursor {
    /// Nil when `value` is a valid cursor for `feed`; else what it should look like.
    static func problem(feed: String, value: String) -> String? {
        let digits = !value.isEmpty && value.count <= 20 && value.allSatisfy(\.isASCII) && value.allSatisfy(\.isNumber)
        switch feed {
        case FeedPollers.qlueFeed, "twitter:mentions":
            return digits ? nil : "a post id: digits only"
        case FeedPollers.laporFeed:
            let parts = value.split(separator: "|", omittingEmptySubsequences: false)
            let valid = parts.count == 2 && !parts[0].isEmpty && value.count <= 100
            return valid ? nil : "the last update time and tracking id, as 2026-11-20T08:00:00+07:00|4100001"
        // No configured mailbox has a longer name, and PostgreSQL's index could not hold one much longer.
        case let mailbox where mailbox.hasPrefix(EmailWiring.feedPrefix) && mailbox.count <= 200:
            let parts = value.split(separator: ":", omittingEmptySubsequences: false)
            let valid = parts.count == 2 && parts.allSatisfy { UInt32($0) != nil }
            return valid ? nil : "UIDVALIDITY:UID, both numbers"
        default:
            return "this feed's cursor cannot be set (feeds: \(FeedPollers.qlueFeed), \(FeedPollers.laporFeed), "
                + "twitter:mentions, \(EmailWiring.feedPrefix)<mailbox>)"
        }
    }
}
