import ChannelKit
import Foundation
import Testing

@testable import LaporAdapter

@Suite struct LaporMappingTests {
    @Test func knownStatusesMapAndUnknownOnesAreKept() {
        #expect(LaporStatus("disposisi") == .disposisi)
        #expect(LaporStatus("Bukan Wewenang") == .bukanWewenang)
        #expect(LaporStatus("diarsipkan") == .arsip)
        #expect(LaporStatus("menunggu_klarifikasi") == .unknown("menunggu_klarifikasi"))
        #expect(LaporStatus("menunggu_klarifikasi").isOurs, "an unknown status is taken in, not dropped")
        #expect(!LaporStatus("dicabut").isOurs)
    }

    @Test func ourStatusesGoOutInLaporsWords() {
        #expect(LaporStatus.outgoing(.proses, reason: nil) == "proses")
        #expect(LaporStatus.outgoing(.ditolak, reason: .bukanWewenang) == "bukan_wewenang")
        #expect(LaporStatus.outgoing(.selesai, reason: nil) == "selesai")
    }

    @Test func aReportAndItsReportersCommentsBecomeThreadedMessages() throws {
        let item: [String: Any] = [
            "tracking_id": "4123456", "judul": "Pohon tumbang", "isi": "Pohon tumbang menutup jalan",
            "anonim": true, "pelapor": ["nama": "Rahasia"], "lat": -6.2, "lng": 106.8,
            "dibuat": "2026-11-20T07:00:00+07:00",
            "komentar": [
                ["id": "k1", "dari": "pelapor", "isi": "Belum ada petugas", "dibuat": "2026-11-21T09:00:00+07:00"],
                ["id": "k2", "dari": "instansi", "isi": "Kami tindak lanjuti"],
            ],
        ]
        let messages = try LaporReport.messages(item).get()
        #expect(messages.count == 2, "the agency's own comment is not taken in")
        #expect(messages[0].externalID == "4123456")
        #expect(messages[0].author.handle == "lapor:4123456")
        #expect(messages[0].author.displayName == nil, "an anonymous report keeps no name")
        #expect(messages[1].externalID == "4123456/komentar/k1")
        #expect(messages[1].inReplyTo == "4123456")
        #expect(messages[1].threadKey == "4123456")
        #expect(messages.allSatisfy { !$0.publicPost }, "LAPOR! reports are never published as written")
    }

    @Test func aTrackingIdThatCouldBreakAURLIsRefused() {
        guard case .failure = LaporReport.messages(["tracking_id": "../../admin", "isi": "x"]) else {
            Issue.record("a tracking id with slashes must be refused")
            return
        }
    }
}
