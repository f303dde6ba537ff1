import ChannelKit
import Foundation
import NIOHTTP1

/// What the Cloud API's error codes mean for a delivery (developers.facebook.com/docs/whatsapp/
/// cloud-api/support/error-codes; the error body is Graph's `{"error":{"message","type","code",
/// "error_data":{"details"},"fbtrace_id"}}`, and Meta advises acting on `code`, not the HTTP status).
enum WhatsAppErrorCode {
    /// "Re-engagement message": more than 24 hours since the customer last replied; only a template goes.
    static let reEngagement = 131047
    /// "Message undeliverable": not a WhatsApp number, an old app, terms not accepted. Retrying cannot help.
    static let undeliverable = 131026
    /// "Rate limit hit": the number's Cloud API throughput; the whole channel waits.
    static let throughput = 130429
    /// "(Business Account, Consumer Account) pair rate limit hit": too many to this one person (about one
    /// message per six seconds); only this delivery waits, others go on.
    static let pairRateLimit = 131056
    /// "Spam rate limit hit": the number is restricted after blocks and spam reports; the channel waits.
    static let spamRateLimit = 131048
    /// "Temporarily blocked for policies violations".
    static let policyBlock = 368
    /// Authorization: 0 AuthException, 3 API method, 10 permission denied, 190 expired token, 200-299 permissions.
    static func isAuthorization(_ code: Int) -> Bool { [0, 3, 10, 190].contains(code) || (200...299).contains(code) }

    static let known = [reEngagement, undeliverable, throughput, pairRateLimit, spamRateLimit, policyBlock]

    /// How long a throttled channel or recipient waits when Meta gives no time.
    static let throughputPause: TimeInterval = 60
    static let pairPause: TimeInterval = 30
    static let spamPause: TimeInterval = 3_600

    /// The delivery's fate for an error answer; `reEngagement` is the caller's to handle (it sends the template).
    static func failure(_ answer: ProviderAnswer, now: Date = Date()) -> SendFailure {
        let code = errorCode(answer)
        switch code {
        case throughput:
            return .rateLimited(until: resume(answer.headers, now: now, default: throughputPause))
        case pairRateLimit:
            return .deferred(until: resume(answer.headers, now: now, default: pairPause))
        case spamRateLimit:
            return .rateLimited(until: resume(answer.headers, now: now, default: spamPause))
        case undeliverable:
            return .permanent("WhatsApp cannot deliver to this number (131026): not on WhatsApp or an old app")
        case reEngagement:
            return .notAllowed("outside WhatsApp's 24-hour window and no approved template configured (131047)")
        case policyBlock:
            return .permanent("the WhatsApp Business Account is blocked for a policy violation (368)")
        case let code? where isAuthorization(code):
            return .permanent("the WhatsApp access token is expired or lacks permission (error \(code))")
        case 1, 2, 131000, 131016:
            return .transient("WhatsApp error \(code ?? 0), temporary")
        case 4, 80007:
            return .rateLimited(until: resume(answer.headers, now: now, default: throughputPause))
        default:
            if answer.status == 429 {
                return .rateLimited(until: resume(answer.headers, now: now, default: throughputPause))
            }
            if answer.status >= 500 { return .transient("WhatsApp failed with \(answer.status)") }
            return .permanent("WhatsApp refused with \(answer.status), error \(code.map(String.init) ?? "unknown")")
        }
    }

    static func errorCode(_ answer: ProviderAnswer) -> Int? {
        ((answer.json?["error"] as? [String: Any])?["code"] as? NSNumber)?.intValue
    }

    static func resume(_ headers: HTTPHeaders, now: Date, default pause: TimeInterval) -> Date {
        ProviderHTTP.resetTime(headers, now: now) ?? now.addingTimeInterval(pause)
    }
}
