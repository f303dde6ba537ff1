import AsyncHTTPClient
import ChannelKit
import Foundation
import NIOCore
import NIOHTTP1

/// Polling X instead of the (enterprise-priced) Account Activity webhook:
/// mentions of our account since a cursor (`since_id`), and recent DMs, both
/// through the v2 API with the same user-context token the replies use. The
/// messages are the same `InboundMessage`s the webhook makes, with the same
/// external ids, so switching modes (or running both) never duplicates.
public struct TwitterTimeline: Sendable {
    public let apiBase: String
    let accessToken: String
    let ourUserID: String
    let client: HTTPClient
    let timeout: TimeAmount
    /// Pages read per round since the cursor (100 mentions each). The cursor moves to the newest
    /// mention, so a backlog deeper than this (2,000 mentions in one polling interval) is not read.
    public let maximumPages = 20

    public init(
        apiBase: String = "https://api.x.com", accessToken: String, ourUserID: String, client: HTTPClient,
        timeout: TimeAmount = .seconds(15)
    ) {
        self.apiBase = apiBase.hasSuffix("/") ? String(apiBase.dropLast()) : apiBase
        self.accessToken = accessToken
        self.ourUserID = ourUserID
        self.client = client
        self.timeout = timeout
    }

    static let tweetFields =
        "expansions=author_id,attachments.media_keys,geo.place_id&tweet.fields=created_at,geo,referenced_tweets,entities"
        + "&user.fields=username,name&media.fields=url,type&place.fields=full_name"

    /// Mentions newer than `sinceID`, oldest first, and the newest id seen (the next cursor).
    public func mentions(since sinceID: String?) async throws(SendFailure) -> (
        messages: [InboundMessage], newest: String?
    ) {
        var messages: [InboundMessage] = []
        var newest: String?
        var token: String?
        for _ in 0..<maximumPages {
            var url = "\(apiBase)/2/users/\(ourUserID)/mentions?max_results=100&\(Self.tweetFields)"
            if let sinceID { url += "&since_id=\(sinceID)" }
            if let token { url += "&pagination_token=\(token)" }
            let page = try await get(url)
            let decoded = Self.decodeTweets(page, ourUserID: ourUserID)
            messages += decoded
            if newest == nil { newest = (page["meta"] as? [String: Any])?["newest_id"] as? String }
            token = (page["meta"] as? [String: Any])?["next_token"] as? String
            if token == nil || sinceID == nil { break }
        }
        return (messages.reversed(), newest ?? sinceID)
    }

    /// The most recent DMs (X keeps no cursor for them; the intake drops the ones it has).
    public func directMessages() async throws(SendFailure) -> [InboundMessage] {
        let url =
            "\(apiBase)/2/dm_events?event_types=MessageCreate&max_results=100"
            + "&dm_event.fields=id,text,sender_id,created_at,attachments&expansions=sender_id,attachments.media_keys"
            + "&user.fields=username,name&media.fields=url,type"
        return Self.decodeDirectMessages(try await get(url), ourUserID: ourUserID).reversed()
    }

    func get(_ url: String) async throws(SendFailure) -> [String: Any] {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Authorization", value: "Bearer \(accessToken)")
        let answer = try await ProviderHTTP.send(request, client: client, timeout: timeout, maximumAnswer: 4 << 20)
        switch answer.status {
        case 200..<300:
            guard let json = answer.json else { throw .transient("X answered with something other than JSON") }
            return json
        case 429: throw .rateLimited(until: ProviderHTTP.resetTime(answer.headers) ?? Date().addingTimeInterval(900))
        case 400..<500: throw .permanent("X refused the poll with \(answer.status)")
        default: throw .transient("X failed with \(answer.status)")
        }
    }

    static func decodeTweets(_ page: [String: Any], ourUserID: String) -> [InboundMessage] {
        let includes = page["includes"] as? [String: Any] ?? [:]
        let users = index(includes["users"], by: "id")
        let media = index(includes["media"], by: "media_key")
        let places = index(includes["places"], by: "id")
        let raw = (try? JSONSerialization.data(withJSONObject: page)) ?? Data()
        return (page["data"] as? [[String: Any]] ?? []).compactMap { tweet -> InboundMessage? in
            guard let id = tweet["id"] as? String, let author = tweet["author_id"] as? String, author != ourUserID
            else { return nil }
            let references = tweet["referenced_tweets"] as? [[String: Any]] ?? []
            if references.contains(where: { $0["type"] as? String == "retweeted" }) { return nil }
            let parent = references.first { $0["type"] as? String == "replied_to" }?["id"] as? String
            let geo = tweet["geo"] as? [String: Any]
            var location: GeoPoint?
            if let pair = (geo?["coordinates"] as? [String: Any])?["coordinates"] as? [Double], pair.count == 2 {
                location = try? GeoPoint(latitude: pair[1], longitude: pair[0])
            }
            let keys = (tweet["attachments"] as? [String: Any])?["media_keys"] as? [String] ?? []
            let user = users[author]
            return InboundMessage(
                channel: .twitter, externalID: id, threadKey: id, inReplyTo: parent,
                author: .init(handle: author, displayName: (user?["username"] as? String).map { "@\($0)" }),
                text: tweet["text"] as? String ?? "", location: location,
                addressText: (geo?["place_id"] as? String).flatMap { places[$0]?["full_name"] as? String },
                photos: keys.compactMap { media[$0] }.filter { $0["type"] as? String == "photo" }.compactMap {
                    $0["url"] as? String
                },
                publicPost: true, sentAt: (tweet["created_at"] as? String).flatMap(Self.isoDate), rawPayload: raw,
                rawContentType: "application/json")
        }
    }

    static func decodeDirectMessages(_ page: [String: Any], ourUserID: String) -> [InboundMessage] {
        let includes = page["includes"] as? [String: Any] ?? [:]
        let users = index(includes["users"], by: "id")
        let media = index(includes["media"], by: "media_key")
        return (page["data"] as? [[String: Any]] ?? []).compactMap { event -> InboundMessage? in
            guard event["event_type"] as? String ?? "MessageCreate" == "MessageCreate", let id = event["id"] as? String,
                let sender = event["sender_id"] as? String, sender != ourUserID
            else { return nil }
            let keys = (event["attachments"] as? [String: Any])?["media_keys"] as? [String] ?? []
            return InboundMessage(
                channel: .twitter, externalID: "dm:\(id)", threadKey: "dm:\(sender)",
                author: .init(handle: sender, displayName: (users[sender]?["username"] as? String).map { "@\($0)" }),
                text: event["text"] as? String ?? "",
                photos: keys.compactMap { media[$0]?["url"] as? String },
                sentAt: (event["created_at"] as? String).flatMap(Self.isoDate))
        }
    }

    static func index(_ list: Any?, by key: String) -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for item in list as? [[String: Any]] ?? [] {
            if let id = item[key] as? String { result[id] = item }
        }
        return result
    }

    static func isoDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text) ?? ISO8601DateFormatter().date(from: text)
    }
}
