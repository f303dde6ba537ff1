import AsyncHTTPClient
import ChannelKit
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Reads the Qlue feed: `GET {base}/v1/posts?after_id={cursor}&limit={n}`,
/// oldest first, with the operator's key as a bearer token. The cursor is the
/// highest `post_id` taken in; a post that cannot be read is logged and passed
/// over (the cursor still moves past it) so that one bad post never stops the feed.
public struct QlueFeed: Sendable {
    public let base: String
    let key: String
    let client: HTTPClient
    let timeout: TimeAmount
    public let pageSize: Int

    public init(
        base: String, key: String, client: HTTPClient, timeout: TimeAmount = .seconds(15), pageSize: Int = 100
    ) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.key = key
        self.client = client
        self.timeout = timeout
        self.pageSize = pageSize
    }

    public func posts(after cursor: String?, logger: Logger = Logger(label: "qlue")) async throws(SendFailure)
        -> FeedPage
    {
        let after = cursor.flatMap(Int.init) ?? 0
        var request = HTTPClientRequest(url: "\(base)/v1/posts?after_id=\(after)&limit=\(pageSize)")
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.headers.add(name: "Accept", value: "application/json")
        let answer = try await ProviderHTTP.send(request, client: client, timeout: timeout, maximumAnswer: 8 << 20)
        try ProviderHTTP.check(answer, provider: "Qlue")
        let bytes = Array(answer.body.readableBytesView)
        let page = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        guard let posts = page?[QlueFields.posts] as? [[String: Any]] else {
            throw .transient("Qlue answered without a \(QlueFields.posts) list")
        }
        // Each post's own bytes become its raw payload (when the page's shape lets them be found one for one).
        var raws = [Data?](repeating: nil, count: posts.count)
        if let spans = JSONSpans.elements(of: QlueFields.posts, in: bytes), spans.count == posts.count {
            raws = spans.map { Data(bytes[$0]) }
        }
        var messages: [InboundMessage] = []
        var highest = after
        for (post, raw) in zip(posts, raws) {
            if let id = Loose.int(post[QlueFields.id]) { highest = max(highest, id) }
            switch QluePost.message(post, raw: raw) {
            case .success(let message):
                // The feed is ordered, but a repeat of an older post must not move the cursor back.
                if let id = Int(message.externalID), id > after { messages.append(message) }
            case .failure(let problem):
                logger.error("a Qlue post was skipped", metadata: ["problem": "\(problem.message)"])
            }
        }
        return FeedPage(
            messages: messages.sorted { (Int($0.externalID) ?? 0) < (Int($1.externalID) ?? 0) },
            // Read on at once only when the cursor moved: a feed that ignores it must not be hammered.
            cursor: highest > after ? String(highest) : nil, hasMore: posts.count >= pageSize && highest > after)
    }
}
