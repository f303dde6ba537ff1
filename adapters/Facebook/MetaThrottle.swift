import ChannelKit
import Foundation
import NIOHTTP1

/// Meta's throttling, read from an error answer. Graph API rate limits
/// (developers.facebook.com/docs/graph-api/overview/rate-limiting): platform limits
/// answer codes 4 (app), 17 (user), 32 (page) and 613 (custom); requests made with a
/// page access token count against Business Use Case limits instead, which answer
/// 80001 (Pages), 80002 (Instagram), 80004 (ads management), 80005 (lead gen),
/// 80006 (Messenger), 80008 (WhatsApp Business management) and 80014 (catalog batch).
/// Their `X-Business-Use-Case-Usage` header is a JSON object of business id to a list
/// of `{type, call_count, total_cputime, total_time, estimated_time_to_regain_access}`,
/// the last in minutes. A throttled page pauses the channel until then; it is never
/// a reason to dead-letter.
enum MetaThrottle {
    static let platformCodes: Set<Int> = [4, 17, 32, 613]
    static let businessUseCaseCodes: Set<Int> = [80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014]
    static let usageHeader = "X-Business-Use-Case-Usage"
    /// When Meta says throttled but not for how long.
    static let defaultPause: TimeInterval = 600

    static func isThrottling(_ code: Int?) -> Bool {
        code.map { platformCodes.contains($0) || businessUseCaseCodes.contains($0) } ?? false
    }

    /// When the channel may send again: the longest `estimated_time_to_regain_access` of the
    /// usage header, else `Retry-After` and the like, else ten minutes; never past a day.
    static func resume(_ headers: HTTPHeaders, now: Date = Date()) -> Date {
        if let minutes = regainMinutes(headers.first(name: usageHeader)), minutes > 0 {
            return now.addingTimeInterval(min(minutes * 60, ProviderHTTP.maximumPause))
        }
        return ProviderHTTP.resetTime(headers, now: now) ?? now.addingTimeInterval(defaultPause)
    }

    /// The longest wait the header announces, in minutes; nil when it says nothing readable.
    static func regainMinutes(_ header: String?) -> Double? {
        guard let header,
            let object = try? JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String: Any]
        else { return nil }
        let waits = object.values.compactMap { $0 as? [[String: Any]] }.joined().compactMap { usage -> Double? in
            (usage["estimated_time_to_regain_access"] as? NSNumber)?.doubleValue
        }
        return waits.filter(\.isFinite).max()
    }
}
