import AspirasiCore
import AspirasiServer
import AspirasiTestSupport
import ChannelFakes
import ChannelKit
import Foundation
import LaporAdapter
import Testing

/// A report located outside DKI Jakarta: forwarded to SP4N-LAPOR! when LAPOR! is configured (the
/// forward recorded with LAPOR!'s tracking id, the citizen told where it went), else refused with advice.
@Suite struct LaporForwardTests {
    @Test func aReportOutsideJakartaGoesToLaporAndTheCitizenIsToldWhere() async throws {
        let lapor = FakeLapor()
        try await withLiveFake(lapor.router()) { base in
            let sender = LaporSender(base: base, token: lapor.token, client: .shared, timeout: .seconds(5))
            try await withLiveHub(configure: { $0.senders[.lapor] = sender }) { (hub: LiveHub) async throws in
                let key = try await hub.partnerKey()
                let answer = try await hub.submit(
                    message("bogor-2", ["lat": -6.5950, "lon": 106.8167, "text": "Jalan rusak parah di depan pasar"]),
                    key: key)
                #expect(answer.outcome == "outside_area")
                let forwarded = try await eventually {
                    try await hub.count("SELECT count(*) FROM reports WHERE forwarded_id IS NOT NULL") == 1
                }
                #expect(forwarded, "the report was not forwarded to LAPOR!")
                let filed = await lapor.filed
                let id = try #require(filed.keys.first)
                #expect(filed.count == 1)
                #expect(filed[id]?["isi"] == "Jalan rusak parah di depan pasar")
                #expect(filed[id]?["referensi"] == answer.tracking_number)
                #expect(filed[id]?["anonim"] == "1" || filed[id]?["anonim"] == "true")
                #expect(
                    try await hub.text(
                        "SELECT forwarded_id FROM reports WHERE tracking_number = '\(answer.tracking_number)'")
                        == id)
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM report_events WHERE kind = 'forwarded' AND data->>'tracking_id' = '\(id)'"
                    )
                        == 1)
                // The citizen hears where it went, not the refusal.
                #expect(
                    try await hub.count(
                        """
                        SELECT count(*) FROM deliveries WHERE kind = 'ack' AND channel = 'api'
                          AND payload->>'template' = 'ack_forwarded' AND payload->>'forwarded_id' = '\(id)'
                        """) == 1)
                #expect(
                    try await hub.count(
                        "SELECT count(*) FROM deliveries WHERE payload->>'template' = 'ack_outside_area'")
                        == 0)
                let text = MessageTemplates.render([
                    "template": "ack_forwarded", "tracking_number": answer.tracking_number, "forwarded_id": id,
                ])
                #expect(text.contains("SP4N-LAPOR!") && text.hasSuffix(id) && text.count <= MessageTemplates.smsLength)

                // The province sees where it went on the report.
                let koordinator = try await hub.signIn("koor.lapor", unit: "31", role: .koordinator)
                let detail = try json(try await hub.get(koordinator, "/api/v1/reports/\(answer.tracking_number)"))
                let where_ = try #require(detail["forwarded"] as? [String: Any])
                #expect(where_["to"] as? String == "lapor" && where_["tracking_id"] as? String == id)
            }
        }
    }

    @Test func withoutLaporTheRefusalWithAdviceStays() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let answer = try await hub.submit(message("bogor-3", ["lat": -6.5950, "lon": 106.8167]), key: key)
            #expect(answer.outcome == "outside_area" && answer.status == "ditolak")
            #expect(
                try await hub.count("SELECT count(*) FROM deliveries WHERE payload->>'template' = 'ack_outside_area'")
                    == 1)
            #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE kind = 'forward'") == 0)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE forwarded_id IS NOT NULL") == 0)
        }
    }
}
