import AspirasiTestSupport
import Foundation
import HummingbirdTesting
import Testing

@Suite struct IntakeAPITests {
    @Test func aNewReportIsLocatedClassifiedAndAcknowledged() async throws {
        try await withLiveHub { hub in
            try await hub.database.query(
                "INSERT INTO unit_contacts (unit_code, role, channel, address) VALUES ('31.71.01.1001', 'lurah', 'email', 'lurah.gambir@example.go.id')"
            )
            let key = try await hub.partnerKey()
            let response = try await hub.postMessage(message("walkin-1"), key: key)
            #expect(response.status == .created)
            let answer = try JSONDecoder().decode(IntakeAnswer.self, from: Data(buffer: response.body))
            #expect(answer.created)
            #expect(answer.outcome == "created")
            #expect(answer.category == "jalan_rusak")
            #expect(answer.status == "menunggu")
            #expect(answer.kelurahan?.code == "31.71.01.1001")
            #expect(answer.duplicate_of == nil)
            #expect(answer.tracking_number.count == 12)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM reports WHERE owner_unit = '31.71.01.1001' AND handler_unit = '31.71.01.1001'"
                ) == 1)
            #expect(try await hub.count("SELECT count(*) FROM report_events WHERE kind = 'created'") == 1)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM deliveries WHERE kind = 'ack' AND recipient = '+6281200000001'") == 1)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM deliveries WHERE kind = 'notification' AND recipient = 'lurah.gambir@example.go.id'"
                ) == 1)
            #expect(try await hub.count("SELECT count(*) FROM report_followers WHERE role = 'reporter'") == 1)
        }
    }

    @Test func aRepeatedMessageCreatesNothing() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let first = try await hub.submit(message("dup-1"), key: key)
            let response = try await hub.postMessage(message("dup-1"), key: key)
            #expect(response.status == .ok)
            let again = try JSONDecoder().decode(IntakeAnswer.self, from: Data(buffer: response.body))
            #expect(!again.created)
            #expect(again.tracking_number == first.tracking_number)
            #expect(try await hub.count("SELECT count(*) FROM reports") == 1)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages") == 1)
            #expect(try await hub.count("SELECT count(*) FROM deliveries") == 1)
        }
    }

    @Test func concurrentRepeatsMakeExactlyOneReport() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<20 { group.addTask { try await hub.submit(message("race-1"), key: key).tracking_number } }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(numbers.count == 1)
            #expect(try await hub.count("SELECT count(*) FROM reports") == 1)
        }
    }

    @Test func manyDifferentMessagesAtOnceAllLand() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for i in 0..<60 {
                    // Spread out so none is a duplicate of another.
                    let fields = message(
                        "many-\(i)", ["lat": -6.12 - Double(i) * 0.003, "lon": 106.80 + Double(i % 7) * 0.01])
                    group.addTask { try await hub.submitConcurrently(fields, key: key).tracking_number }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(numbers).count == 60)
            #expect(try await hub.count("SELECT count(*) FROM reports") == 60)
            #expect(try await hub.count("SELECT count(*) FROM inbound_messages WHERE report_id IS NULL") == 0)
        }
    }

    @Test func aNearbyOpenReportOfTheSameCategoryIsADuplicate() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let original = try await hub.submit(message("near-1"), key: key)
            // About 30 m east, another citizen.
            let near = try await hub.submit(
                message("near-2", ["lon": 106.8275, "author": "+6281200000002", "text": "aspal jalan rusak parah"]),
                key: key)
            #expect(near.outcome == "duplicate")
            #expect(near.duplicate_of == original.tracking_number)
            #expect(near.status == "ditolak")
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM report_followers f JOIN reports r ON r.id = f.report_id WHERE r.tracking_number = '\(original.tracking_number)'"
                ) == 2)
            #expect(try await hub.count("SELECT count(*) FROM report_events WHERE kind = 'duplicate_linked'") == 1)
            // About 600 m away is a different pothole.
            let far = try await hub.submit(message("near-3", ["lat": -6.1700, "author": "+6281200000003"]), key: key)
            #expect(far.outcome == "created")
            // The same place but another category is not a duplicate either.
            let other = try await hub.submit(
                message("near-4", ["text": "sampah menumpuk di trotoar", "category": "sampah"]), key: key)
            #expect(other.outcome == "created")
        }
    }

    @Test func aPointOutsideJakartaIsRejectedWithAnAnswer() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let answer = try await hub.submit(message("bogor-1", ["lat": -6.5950, "lon": 106.8167]), key: key)
            #expect(answer.outcome == "outside_area")
            #expect(answer.status == "ditolak")
            #expect(answer.kelurahan == nil)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE reject_reason = 'luar_wilayah'") == 1)
            #expect(
                try await hub.count("SELECT count(*) FROM deliveries WHERE payload->>'template' = 'ack_outside_area'")
                    == 1)
        }
    }

    @Test(
        arguments: [
            ("Got mampet di Kel. Cipinang Melayu RT 04", "31.75.08.1005", false),
            ("got mampet kelurahan kebon pala", "31.75.08.1003", false),
            ("sampah numpuk di Cakung", nil, true),
            ("banjir lagi di Jaktim", nil, true),
            ("jalan rusak, tolong diperbaiki", nil, true),
        ] as [(String, String?, Bool)])
    func withoutGPSTheTextPlacesIt(text: String, kelurahan: String?, triage: Bool) async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            var fields = message("text-1", ["text": text])
            fields["lat"] = nil
            fields["lon"] = nil
            let answer = try await hub.submit(fields, key: key)
            #expect(answer.kelurahan?.code == kelurahan)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE needs_triage") == (triage ? 1 : 0))
            if text.contains("Cakung") {
                #expect(try await hub.count("SELECT count(*) FROM reports WHERE owner_unit = '31.75.06'") == 1)
            }
            if text.hasPrefix("jalan rusak") {
                #expect(
                    try await hub.count("SELECT count(*) FROM reports WHERE owner_unit = '31'") == 1,
                    "the province triages")
            }
        }
    }

    @Test func unclearTextIsLainnyaForTriage() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let answer = try await hub.submit(message("vague-1", ["text": "Mohon perhatiannya bapak ibu"]), key: key)
            #expect(answer.category == "lainnya")
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE needs_triage") == 1)
        }
    }

    @Test func theChannelsCategoryWinsAndEmergenciesGoStraightToTheAgency() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let chosen = try await hub.submit(message("cat-1", ["category": "lampu_jalan"]), key: key)
            #expect(chosen.category == "lampu_jalan")
            // Kebakaran is configured to go straight to the kota's Suku Dinas Gulkarmat.
            let fire = try await hub.submit(
                message("fire-1", ["text": "Kebakaran rumah warga, api besar", "lat": -6.2250, "lon": 106.9000]),
                key: key)
            #expect(fire.category == "kebakaran")
            #expect(fire.status == "disposisi")
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE handler_unit = '31.75-GULKARMAT'") == 1)
        }
    }

    @Test func aReplyOrAQuotedNumberIsACommentAndADisputeReopens() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let report = try await hub.submit(message("thread-1"), key: key)
            let reply = try await hub.submit(
                message("thread-2", ["in_reply_to": "thread-1", "text": "Tambahan: lubangnya makin lebar"]), key: key)
            #expect(reply.outcome == "comment")
            #expect(reply.tracking_number == report.tracking_number)
            let quoted = try await hub.submit(
                message(
                    "thread-3",
                    ["channel": "sms", "author": "+6281299990000", "text": "Info laporan \(report.tracking_number) ya"]),
                key: key)
            // Someone else quoting the number leaves a note for officers and follows nothing.
            #expect(quoted.outcome == "noted")
            #expect(try await hub.count("SELECT count(*) FROM report_events WHERE kind = 'commented'") == 2)
            #expect(try await hub.count("SELECT count(*) FROM report_followers") == 1)
            // The reporter quoting the number from the same handle is a comment as before.
            let own = try await hub.submit(
                message("thread-3b", ["text": "Nomor saya \(report.tracking_number), tolong dicek"]), key: key)
            #expect(own.outcome == "comment")

            try await hub.database.query("UPDATE reports SET status = 'selesai', closed_at = now()")
            let dispute = try await hub.submit(
                message("thread-4", ["in_reply_to": "thread-1", "text": "Belum selesai pak, masih rusak"]), key: key)
            #expect(dispute.outcome == "reopened")
            #expect(dispute.status == "menunggu")
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE status = 'menunggu'") == 1)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM report_events WHERE kind = 'reopened' AND status_after = 'menunggu'") == 1)
            // Thanks on a finished report is a comment, not a dispute.
            try await hub.database.query("UPDATE reports SET status = 'selesai', closed_at = now()")
            let thanks = try await hub.submit(
                message("thread-5", ["in_reply_to": "thread-1", "text": "Terima kasih sudah diperbaiki"]), key: key)
            #expect(thanks.outcome == "comment")
            #expect(thanks.status == "selesai")
        }
    }
}
