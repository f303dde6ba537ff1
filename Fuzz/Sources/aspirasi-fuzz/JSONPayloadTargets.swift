import ChannelKit
import FacebookAdapter
import Foundation
import TwitterAdapter

@testable import LaporAdapter
@testable import QlueAdapter

/// The JSON the providers post or serve: X's account activity, Meta's webhook, Qlue's and LAPOR!'s feeds.
enum JSONPayloadTargets {
    static let all: [FuzzTarget] = [
        FuzzTarget(name: "x") { bytes in
            _ = try? TwitterWebhook(consumerSecret: "fuzz", ourUserID: "1").decode(Data(bytes))
        },
        FuzzTarget(name: "meta") { bytes in
            _ = try? FacebookWebhook(appSecret: "fuzz", verifyToken: "fuzz", pageID: "1").decode(Data(bytes))
        },
        FuzzTarget(name: "qlue") { bytes in
            // Each post's bytes in the page, as `QlueFeed` finds them for the raw payloads.
            let spans = JSONSpans.elements(of: QlueFields.posts, in: bytes) ?? []
            for span in spans { precondition(span.lowerBound <= span.upperBound && span.upperBound <= bytes.count) }
            for item in items(bytes, list: QlueFields.posts) { _ = QluePost.message(item) }
        },
        FuzzTarget(name: "lapor") { bytes in
            for item in items(bytes, list: LaporFields.list) { _ = LaporReport.messages(item) }
        },
    ]

    /// The objects of a feed page (or the page itself when it is one object), as the pollers read them.
    static func items(_ bytes: [UInt8], list: String) -> [[String: Any]] {
        guard let json = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
            return []
        }
        if let page = json as? [String: Any] { return (page[list] as? [[String: Any]]) ?? [page] }
        return (json as? [[String: Any]]) ?? []
    }
}
