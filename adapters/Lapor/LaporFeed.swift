import AsyncHTTPClient
import ChannelKit
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Pulls the reports LAPOR! disposed to our government:
/// `GET {base}/api/v1/laporan?instansi={agency}&updated_after={time}&after_id={id}&limit={n}`
/// with `X-Lapor-Token`. LAPOR! lists them by (last update, tracking id), so
/// the cursor is that pair of the last report read, `time|id`. A report comes
/// back whenever LAPOR! updates it (a new comment from its reporter); the
/// intake's dedupe takes only what is new in it.
public struct LaporFeed: Sendable {
    public let base: String
    let token: String
    let agency: String
    let client: HTTPClient
    let timeout: TimeAmount
    public let pageSize: Int

    public init(
        base: String, token: String, agency: String, client: HTTPClient, timeout: TimeAmount = .seconds(20),
        pageSize: Int = 50
    ) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.token = token
        self.agency = agency
        self.client = client
        self.timeout = timeout
        self.pageSize = pageSize
    }

    public func reports(after cursor: String?, logger: Logger = Logger(label: "lapor")) async throws(SendFailure)
        -> FeedPage
    {
        let (time, id) = Self.split(cursor)
        var url = "\(base)/api/v1/laporan?instansi=\(FormFields.encode(agency))&limit=\(pageSize)"
        if let time { url += "&updated_after=\(FormFields.encode(time))&after_id=\(FormFields.encode(id ?? ""))" }
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "X-Lapor-Token", value: token)
        request.headers.add(name: "Accept", value: "application/json")
        let answer = try await ProviderHTTP.send(request, client: client, timeout: timeout, maximumAnswer: 16 << 20)
        try ProviderHTTP.check(answer, provider: "LAPOR!")
        guard let json = answer.json, let items = json[LaporFields.list] as? [[String: Any]] else {
            throw .transient("LAPOR! answered without a \(LaporFields.list) list")
        }
        var messages: [InboundMessage] = []
        var last: String?
        for item in items {
            if let updated = Loose.text(item[LaporFields.updated]),
                let itemID = Loose.text(item[LaporFields.trackingID])
            {
                last = "\(updated)|\(itemID)"
            }
            let status = LaporStatus(Loose.text(item[LaporFields.status]) ?? "")
            if case .unknown(let text) = status {
                logger.notice(
                    "LAPOR! sent a status this hub does not know; taken in as ours", metadata: ["status": "\(text)"])
            }
            switch LaporReport.messages(item) {
            case .success(let decoded):
                // LAPOR! shows `selesai` once we report completion: its reporter's later comments
                // (a dispute) still come in; a report LAPOR! itself archived or refused does not.
                if status.isOurs {
                    messages += decoded
                } else if status == .selesai {
                    messages += decoded.dropFirst()
                }
            case .failure(let problem):
                logger.error("a LAPOR! report was skipped", metadata: ["problem": "\(problem.message)"])
            }
        }
        let more = (json[LaporFields.hasMore] as? Bool) ?? (items.count >= pageSize)
        // Read on at once only when the cursor moved: a feed that ignores it must not be hammered.
        return FeedPage(messages: messages, cursor: last, hasMore: more && last != nil && last != cursor)
    }

    /// `time|id` back into its parts; an id alone (an operator starting from a report) is allowed.
    static func split(_ cursor: String?) -> (time: String?, id: String?) {
        guard let cursor, !cursor.isEmpty else { return (nil, nil) }
        let parts = cursor.split(separator: "|", maxSplits: 1).map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : (parts[0], nil)
    }
}
