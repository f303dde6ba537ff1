import AspirasiCore
import AspirasiTestSupport
import Foundation
import Testing

/// Tracking numbers are public (Open311): quoting one must not let anyone reopen a report or follow it.
@Suite struct ReporterOnlyTests {
    @Test func aStrangerQuotingTheNumberNeitherReopensNorFollowsAndLearnsNothing() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let report = try await hub.submit(message("own-1"), key: key)
            try await hub.database.query("UPDATE reports SET status = 'selesai', closed_at = now()")

            let stranger = try await hub.submit(
                message(
                    "stranger-1",
                    [
                        "channel": "sms", "author": "+6281399998888",
                        "text": "Laporan \(report.tracking_number) belum selesai, masih rusak",
                    ]), key: key)
            #expect(stranger.outcome == "noted")
            #expect(stranger.status == nil && stranger.category == nil && stranger.kelurahan == nil)
            #expect(try await hub.count("SELECT count(*) FROM reports WHERE status = 'selesai'") == 1)
            #expect(try await hub.count("SELECT count(*) FROM report_followers") == 1)
            // An internal comment for officers, marked as not from the reporter.
            #expect(
                try await hub.count(
                    """
                    SELECT count(*) FROM report_events
                    WHERE kind = 'commented' AND NOT public AND data->>'from_reporter' = 'false'
                    """) == 1)
            // Their answer names neither the report's status nor its place; not even the number they typed.
            let ack = try #require(
                try await hub.text(
                    "SELECT payload::text FROM deliveries WHERE recipient = '+6281399998888' AND kind = 'ack'"))
            let payload = try #require(
                try JSONSerialization.jsonObject(with: Data(ack.utf8)) as? [String: String])
            let text = MessageTemplates.render(payload)
            #expect(payload["template"] == "ack_noted")
            #expect(!text.contains(report.tracking_number) && !text.lowercased().contains("selesai"))

            // The same dispute from the reporter reopens it.
            let own = try await hub.submit(
                message("own-2", ["text": "Laporan \(report.tracking_number) belum selesai, masih rusak"]), key: key)
            #expect(own.outcome == "reopened")
            #expect(try await hub.status(of: report.tracking_number) == "menunggu")
        }
    }

    @Test func aStrangerGetsNoneOfTheOfficersRepliesMeantForTheReporter() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let number = try await hub.newReport("walk-9")
            _ = try await hub.submit(
                message("stranger-9", ["channel": "sms", "author": "+6281377776666", "text": "Cek \(number)"]),
                key: key)
            let petugas = try await hub.signIn("petugas-9", unit: gambir, role: .petugas)
            let response = try await hub.act(petugas, number, "reply", ["note": "Petugas sedang menuju lokasi"])
            #expect(response.status == .ok)
            #expect(try await hub.count("SELECT count(*) FROM deliveries WHERE kind = 'status'") == 1)
            #expect(
                try await hub.count(
                    "SELECT count(*) FROM deliveries WHERE recipient = '+6281377776666' AND kind = 'status'") == 0)
        }
    }

    @Test func theReporterOfALinkedDuplicateMayDisputeTheOriginal() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let original = try await hub.submit(message("orig-1"), key: key)
            let second = try await hub.submit(
                message("dup-1", ["author": "+6281355554444", "text": "Jalan berlubang di depan halte, bahaya"]),
                key: key)
            #expect(second.outcome == "duplicate")
            try await hub.database.query(
                "UPDATE reports SET status = 'selesai', closed_at = now() WHERE duplicate_of IS NULL")
            // They quote their own (duplicate) number: the dispute lands on the original, which reopens.
            let dispute = try await hub.submit(
                message(
                    "dup-2",
                    [
                        "author": "+6281355554444",
                        "text": "Laporan \(second.tracking_number) masih rusak, belum selesai",
                    ]
                ), key: key)
            #expect(dispute.outcome == "reopened")
            #expect(try await hub.status(of: original.tracking_number) == "menunggu")
        }
    }

    @Test func anotherIdentityOfTheReportersContactCounts() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let report = try await hub.submit(message("mine-1"), key: key)
            // The same citizen on e-mail, known to be one contact with the reporter's phone.
            _ = try await hub.submit(
                message("other-1", ["channel": "email", "author": "warga@example.org", "text": "Halo"]), key: key)
            try await hub.database.query(
                """
                UPDATE contact_identities SET contact_id =
                    (SELECT contact_id FROM contact_identities WHERE handle = '+6281200000001')
                WHERE handle = 'warga@example.org'
                """)
            try await hub.database.query("UPDATE reports SET status = 'selesai', closed_at = now()")
            let dispute = try await hub.submit(
                message(
                    "mine-2",
                    [
                        "channel": "email", "author": "warga@example.org",
                        "text": "Laporan \(report.tracking_number) belum selesai",
                    ]), key: key)
            #expect(dispute.outcome == "reopened")
        }
    }
}
