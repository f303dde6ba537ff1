import AspirasiServer
import AspirasiStore
import AspirasiTestSupport
import ChannelKit
import Foundation
import HummingbirdTesting
import NIOCore
import SMSAdapter
import Testing

/// SMS end to end through a real Kannel on loopback: an SMS injected at the
/// fake SMSC becomes a report; the acknowledgement and a later status change
/// come back out of the SMSC as SMS; Kannel's delivery reports are recorded.
@Suite struct KannelEndToEndTests {
    static let token = "kannel-test-token-0123456789"

    @Test func anSMSBecomesAReportAndTheAnswersGoBackAsSMS() async throws {
        let allowed = [IPNetwork("127.0.0.1/32"), IPNetwork("::1/128")].compactMap { $0 }
        try await withLiveHub(configure: {
            $0.receive(SMSChannel(kannel: KannelSettings(token: Self.token, allowed: allowed)))
        }) { (hub: LiveHub) async throws in
            // The test framework picks the hub's port, so Kannel is configured once it is known.
            let port = try #require(hub.http.port)
            let base = "http://localhost:\(port)/webhooks/sms/kannel/\(Self.token)"
            let kannel = try KannelGateway(getURL: "\(base)?\(KannelInbound.queryTemplate)")
            defer { kannel.stop() }
            let sender = KannelSender(
                sendsmsURL: kannel.sendsmsURL, username: KannelGateway.username, password: KannelGateway.password,
                from: "1708", reportURL: "\(base)/dlr", client: .shared)
            let worker = DeliveryWorker(outbox: OutboxStore(hub.database), senders: [.sms: sender], logger: .quiet)

            try kannel.inject(
                from: "081234567890", to: "1708", text: "LAPOR jalan berlubang besar di depan halte Kel. Gambir")
            let reported = try await eventually(within: .seconds(30)) {
                try await hub.count("SELECT count(*) FROM reports WHERE channel = 'sms'") == 1
            }
            #expect(reported, "no report from the SMS:\n\(kannel.logs)")
            var found = ""
            for try await value in try await hub.database.query(
                "SELECT tracking_number FROM reports WHERE channel = 'sms'"
            ).decode(String.self) { found = value }
            let number = found

            // The acknowledgement leaves through Kannel and the fake SMSC prints it.
            let acknowledged = try await eventually(within: .seconds(30)) {
                try await worker.runOnce()
                return kannel.sent().contains { $0.hasPrefix("1708 081234567890 text Aspirasi #\(number)") }
            }
            #expect(acknowledged, "no acknowledgement SMS:\n\(kannel.sent())\n\(kannel.logs)")
            let delivered = try await eventually(within: .seconds(30)) {
                try await hub.count(
                    "SELECT count(*) FROM deliveries WHERE channel = 'sms' AND provider_status = 'delivered'") == 1
            }
            #expect(delivered, "no delivery report recorded")

            // An officer starts the work: the citizen hears it by SMS too.
            let petugas = try await hub.signIn("petugas.gambir", unit: gambir, role: .petugas)
            #expect(try await hub.act(petugas, number, "start").status == .ok)
            let started = try await eventually(within: .seconds(30)) {
                try await worker.runOnce()
                return kannel.sent().contains { $0.contains("#\(number)") && $0.contains("sedang dikerjakan") }
            }
            #expect(started, "no status SMS:\n\(kannel.sent())")
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE channel = 'sms'") == 1)
        }
    }

    @Test func onlyTheTokenAndAllowedAddressesMayCall() async throws {
        let elsewhere: (inout HubDependencies) -> Void = {
            $0.receive(
                SMSChannel(
                    kannel: KannelSettings(token: Self.token, allowed: [IPNetwork("10.9.9.9/32")].compactMap { $0 })))
        }
        try await withLiveHub(configure: elsewhere) { (hub: LiveHub) async throws in
            let query = "from=0812&to=1708&text=halo&id=abc&coding=0&charset=UTF-8"
            // The right token from an address that is not allowed (the test client is 127.0.0.1).
            #expect(try await hub.get(nil, "/webhooks/sms/kannel/\(Self.token)?\(query)").status == .forbidden)
        }
        let loopback: (inout HubDependencies) -> Void = {
            $0.receive(
                SMSChannel(
                    kannel: KannelSettings(
                        token: Self.token, allowed: [IPNetwork("127.0.0.1/32"), IPNetwork("::1/128")].compactMap { $0 })
                ))
        }
        try await withLiveHub(configure: loopback) { (hub: LiveHub) async throws in
            let query = "from=0812&to=1708&text=halo&id=abc&coding=0&charset=UTF-8"
            #expect(try await hub.get(nil, "/webhooks/sms/kannel/wrong-token-0123456789?\(query)").status == .forbidden)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            // Unreadable: stored nowhere, but answered 200, or Kannel would text the error to the citizen.
            #expect(try await hub.get(nil, "/webhooks/sms/kannel/\(Self.token)?to=1708").status == .ok)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 0)
            // UCS-2 arrives as UTF-16BE bytes: "Banjir 🙏".
            let ucs2 = "from=0812&to=1708&id=u1&coding=2&charset=UTF-16BE&text=%00B%00a%00n%00j%00i%00r%00+%D8%3D%DE%4F"
            // Kannel retries a call it thinks failed: the same id creates nothing new.
            for _ in 0..<2 {
                #expect(try await hub.get(nil, "/webhooks/sms/kannel/\(Self.token)?\(ucs2)").status == .ok)
            }
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE text = 'Banjir 🙏'") == 1)
        }
    }
}
