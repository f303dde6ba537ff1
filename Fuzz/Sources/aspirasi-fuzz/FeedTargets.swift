import Foundation

@testable import ForumAdapter

/// Feeds come from forum servers: the XML guard and the RSS/Atom reader take any bytes.
enum FeedTargets {
    static let all: [FuzzTarget] = [
        FuzzTarget(name: "feed") { bytes in
            _ = try? XMLSafetyGuard.check(bytes)
            _ = try? FeedParser.parse(Data(bytes))
        },
        FuzzTarget(name: "feed-dates") { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            _ = FeedDates.rfc822(text)
            _ = FeedDates.rfc3339(text)
        },
        FuzzTarget(name: "discourse") { bytes in
            let webhook = DiscourseWebhook(secret: "fuzz", ourUsername: "aspirasi")
            _ = try? webhook.decode(Data(bytes), event: "post_created")
            _ = try? DiscoursePost.decode(Data(bytes))
        },
    ]
}
