import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import HummingbirdTesting
import Testing

/// Kannel's dlr-url as an SMSC really calls it: combined DLR types such as 34
/// (`DLR_EXPIRED`, 0x22 in gw/dlr.h) are recorded on the delivery, never refused.
@Suite struct KannelDeliveryReportTests {
    static let token = "kannel-test-token-0123456789"

    @Test func anExpiredReportIsRecordedAndNotOverwrittenByALateStage() async throws {
        let loopback: (inout HubDependencies) -> Void = {
            $0.receive(
                SMSChannel(
                    kannel: KannelSettings(
                        token: Self.token, allowed: [IPNetwork("127.0.0.1/32"), IPNetwork("::1/128")].compactMap { $0 })
                ))
        }
        try await withLiveHub(configure: loopback) { (hub: LiveHub) async throws in
            let base = "/webhooks/sms/kannel/\(Self.token)"
            let sms = "from=081234567890&to=1708&id=dlr-1&coding=0&charset=UTF-8&text=LAPOR+lampu+jalan+mati+di+Gambir"
            #expect(try await hub.get(nil, "\(base)?\(sms)").status == .ok)
            let acknowledgement = try await eventually(within: .seconds(30)) {
                try await hub.count("SELECT count(*) FROM deliveries WHERE channel = 'sms'") >= 1
            }
            #expect(acknowledgement, "no SMS delivery for the report")
            let id = try await hub.count("SELECT min(id) FROM deliveries WHERE channel = 'sms'")

            #expect(try await hub.get(nil, "\(base)/dlr?delivery=\(id)&status=34").status == .ok)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM deliveries WHERE id = \(id) AND provider_status = 'expired'") == 1)
            // "Accepted by the SMSC" arriving late does not undo the final word.
            #expect(try await hub.get(nil, "\(base)/dlr?delivery=\(id)&status=8").status == .ok)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM deliveries WHERE id = \(id) AND provider_status = 'expired'") == 1)
            // A value nobody documents is still a 200 (Kannel would retry or alarm otherwise).
            #expect(try await hub.get(nil, "\(base)/dlr?delivery=\(id)&status=96").status == .ok)
        }
    }
}
