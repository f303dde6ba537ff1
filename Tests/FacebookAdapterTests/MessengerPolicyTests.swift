import ChannelKit
import Foundation
import NIOHTTP1
import Testing

@testable import FacebookAdapter

/// Meta's messaging window and tags, and its Business Use Case throttling header.
@Suite struct MessengerPolicyTests {
    let now = Date(timeIntervalSince1970: 1_795_418_100)

    func message(template: String, lastWrote hoursAgo: Double?) -> OutgoingMessage {
        OutgoingMessage(
            deliveryID: 1, channel: .facebook, recipient: "6001", threadKey: "messenger:6001", text: "x",
            idempotencyKey: "k", payload: ["template": template],
            citizenLastMessageAt: hoursAgo.map { now.addingTimeInterval(-$0 * 3600) })
    }

    func fields(_ message: OutgoingMessage, humanAgent: Bool = false) -> Result<[String: String], SendFailure> {
        do throws(SendFailure) {
            return .success(try MessengerWindow.fields(for: message, humanAgentPermitted: humanAgent, now: now))
        } catch {
            return .failure(error)
        }
    }

    @Test func insideTwentyFourHoursEverythingIsAResponse() {
        #expect(fields(message(template: "status_proses", lastWrote: 23)) == .success(["messaging_type": "RESPONSE"]))
        #expect(fields(message(template: "reply", lastWrote: 1)) == .success(["messaging_type": "RESPONSE"]))
    }

    @Test func outsideItOnlyAnOfficersReplyGoesAndOnlyAsHumanAgentWithinSevenDays() {
        let tagged = ["messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"]
        #expect(fields(message(template: "reply", lastWrote: 48), humanAgent: true) == .success(tagged))
        guard case .failure(.notAllowed) = fields(message(template: "reply", lastWrote: 48)) else {
            Issue.record("without the Human Agent permission no tag may be used")
            return
        }
        guard case .failure(.notAllowed) = fields(message(template: "reply", lastWrote: 24 * 8), humanAgent: true)
        else {
            Issue.record("HUMAN_AGENT lasts 7 days")
            return
        }
        guard case .failure(.notAllowed(let reason)) = fields(message(template: "status_selesai", lastWrote: 48))
        else {
            Issue.record("status news fits no tag")
            return
        }
        #expect(reason.contains("24-hour window"))
        guard case .failure(.notAllowed) = fields(message(template: "ack_created", lastWrote: nil)) else {
            Issue.record("no message on record: no window")
            return
        }
    }

    @Test func theUsageHeaderSaysWhenAccessReturns() {
        let header =
            #"{"1000":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":5},{"type":"messenger","estimated_time_to_regain_access":12}]}"#
        #expect(MetaThrottle.regainMinutes(header) == 12)
        #expect(MetaThrottle.regainMinutes("not json") == nil)
        #expect(MetaThrottle.isThrottling(80001) && MetaThrottle.isThrottling(80006) && MetaThrottle.isThrottling(613))
        #expect(!MetaThrottle.isThrottling(100) && !MetaThrottle.isThrottling(nil))
        let headers = HTTPHeaders([("X-Business-Use-Case-Usage", header)])
        #expect(MetaThrottle.resume(headers, now: now) == now.addingTimeInterval(12 * 60))
        #expect(MetaThrottle.resume(HTTPHeaders(), now: now) == now.addingTimeInterval(600))
    }
}
