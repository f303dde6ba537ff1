import AspirasiCore
import Testing

@Suite struct StatusProjectionTests {
    /// Each channel's table, written out by hand: a change to one is a decision, not an accident.
    @Test func everyStatusHasItsPlaceOnEveryChannel() {
        let expected: [(ReportStatus, open311: String, qlue: String, lapor: String)] = [
            (.menunggu, "open", "wait", "belum_ditindaklanjuti"),
            (.koordinasi, "open", "wait", "proses"),
            (.disposisi, "open", "wait", "proses"),
            (.proses, "open", "process", "proses"),
            (.selesai, "closed", "complete", "selesai"),
        ]
        for row in expected {
            #expect(StatusProjection.open311(row.0) == row.open311)
            #expect(StatusProjection.qlue(row.0) == row.qlue)
            #expect(StatusProjection.lapor(row.0) == row.lapor)
        }
        #expect(Set(expected.map(\.0)).union([.ditolak]) == Set(ReportStatus.allCases))
    }

    @Test func rejectionsBecomeLaporOutcomes() {
        #expect(StatusProjection.lapor(.ditolak, reason: .bukanWewenang) == "bukan_wewenang")
        #expect(StatusProjection.lapor(.ditolak, reason: .luarWilayah) == "bukan_wewenang")
        #expect(StatusProjection.lapor(.ditolak, reason: .duplikat) == "arsip")
        #expect(StatusProjection.lapor(.ditolak, reason: .tidakValid) == "arsip")
        #expect(StatusProjection.open311(.ditolak) == "closed")
        #expect(StatusProjection.qlue(.ditolak) == "complete")
    }

    @Test func everyMessageFitsOneSMSAndCarriesTheNumber() {
        let number = "2611-0001234"
        var payloads: [[String: String]] = ReportStatus.allCases.map {
            [
                "template": "status_\($0.rawValue)", "tracking_number": number,
                "note": String(repeating: "panjang ", count: 40),
            ]
        }
        payloads += ["escalation_response", "escalation_completion", "ack_created", "reply", "notify_disposed"].map {
            ["template": $0, "tracking_number": number, "level": "2", "note": "ok"]
        }
        for payload in payloads {
            let text = MessageTemplates.render(payload)
            #expect(text.count <= MessageTemplates.smsLength, "\(payload["template"] ?? "")")
            #expect(text.contains(number))
        }
        #expect(
            MessageTemplates.render(["template": "escalation_completion", "tracking_number": number, "level": "3"])
                .contains("tingkat 3"))
    }
}
