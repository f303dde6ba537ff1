import AspirasiCore
import AspirasiServer
import AspirasiStore
import Foundation
import Testing

/// The learned classifier in the hub: corrections made in triage train the next model version,
/// every hub picks it up, and officers see why a category was chosen.
@Suite struct ClassifierTests {
    /// The intake queue the live hub built, handed out of `configure` to the test body.
    final class IntakeBox: @unchecked Sendable {
        var intake: IntakeQueue?
    }

    static let gambirLabel = "Gambir — Kec. Gambir, Jakarta Pusat"

    /// A message with no location: it waits in the province's triage, where a koordinator places it.
    static func unplaced(_ id: String, _ text: String) -> [String: any Sendable] {
        var fields = message(id, ["text": text])
        fields["lat"] = nil
        fields["lon"] = nil
        return fields
    }

    /// A kuda lumping troupe busking round the kampung (no keyword or seed message names it) goes to
    /// triage; after a koordinator files four such reports under PMKS, `train` stores a new version, the hub loads it, and the next
    /// such message, worded otherwise, is filed under PMKS by the model. The report page and the API
    /// say so, with the words that weighed.
    @Test func correctionsInTriageTeachTheNextModel() async throws {
        let box = IntakeBox()
        try await withLiveHub(configure: { box.intake = $0.intake }) { hub in
            let key = try await hub.partnerKey()
            let probe = "rombongan kuda lumping main sampai malam di komplek"
            let before = try await hub.submit(Self.unplaced("lumping-before", probe), key: key)
            #expect(before.category == "lainnya")
            var province = try await ConsoleBrowser.signIn(hub, "koor.provinsi", unit: "31", role: .koordinator)
            let corrections = [
                "kuda lumping ngamen di depan rumah tiap sore", "kuda lumping keliling kampung bawa speaker",
                "ada kuda lumping mangkal di depan toko", "kuda lumping jalan di pinggir jalan raya malam hari",
            ]
            for (index, text) in corrections.enumerated() {
                let number = try await hub.submit(Self.unplaced("lumping-\(index)", text), key: key).tracking_number
                let response = try await province.post(
                    "/console/triage/\(number)", ["category": "pmks", "kelurahan": Self.gambirLabel])
                #expect(response.status == .seeOther)
            }
            let intake = try #require(box.intake)
            let catalog = try await intake.catalog()
            let models = ClassifierModels(hub.database)
            let seedVersion = try #require(try await models.latestVersion())
            let summary = try #require(try await models.train(categories: catalog.categoryList))
            #expect(summary.version > seedVersion)
            #expect(summary.corrections == corrections.count)
            #expect(try await intake.learned.refresh(from: models))
            #expect(intake.learned.current?.version == summary.version)

            let after = try await hub.submit(message("lumping-after", ["text": probe]), key: key)
            #expect(after.category == "pmks")
            let koordinator = try await hub.signIn("koor.lumping", unit: "31", role: .koordinator)
            let detail = try json(try await hub.get(koordinator, "/api/v1/reports/\(after.tracking_number)"))
            let classification = try #require(detail["classification"] as? [String: Any])
            #expect(classification["source"] as? String == "model")
            #expect(classification["model_version"] as? Int == summary.version)
            let words = classification["words"] as? [String] ?? []
            #expect(words.contains { $0 == "kuda" || $0 == "lumping" }, "\(words)")
            let page = try await province.get("/console/reports/\(after.tracking_number)")
            #expect(page.html.contains("Dasar kategori"))
            #expect(page.html.contains("model v\(summary.version), yakin"))
        }
    }

    /// A channel's own category is taken as it is, except "other": a citizen who picked `lainnya`
    /// did not know, so the text is read as if no category had come.
    @Test func aChannelsCategoryWinsExceptOther() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let other = try await hub.submit(
                message("other-1", ["text": "Got depan rumah mampet", "category": "lainnya"]), key: key)
            #expect(other.category == "saluran_air")
            let chosen = try await hub.submit(
                message("chosen-1", ["text": "Got depan rumah mampet", "category": "banjir"]), key: key)
            #expect(chosen.category == "banjir")
            let koordinator = try await hub.signIn("koor.kanal", unit: "31", role: .koordinator)
            let detail = try json(try await hub.get(koordinator, "/api/v1/reports/\(chosen.tracking_number)"))
            let classification = try #require(detail["classification"] as? [String: Any])
            #expect(classification["source"] as? String == "channel")
        }
    }

    /// A keyword match is explained by its keyword; the triage list puts the model's surest guess
    /// first, preselected, however recent it is.
    @Test func rulesExplainAndTriageShowsGuessesFirst() async throws {
        try await withLiveHub { hub in
            let key = try await hub.partnerKey()
            let ruled = try await hub.submit(message("basis-rule", ["text": "Got depan rumah mampet"]), key: key)
            #expect(ruled.category == "saluran_air")
            let koordinator = try await hub.signIn("koor.basis", unit: "31", role: .koordinator)
            let detail = try json(try await hub.get(koordinator, "/api/v1/reports/\(ruled.tracking_number)"))
            let classification = try #require(detail["classification"] as? [String: Any])
            #expect(classification["source"] as? String == "rule")
            #expect((classification["words"] as? [String] ?? []).contains("mampet"))

            let vague = try await hub.submit(Self.unplaced("basis-vague", "mohon bantuannya pak lurah"), key: key)
            let likely = try await hub.submit(
                Self.unplaced("basis-likely", "sampah rumah tangga ga diangkut seminggu, bau bgt"), key: key)
            var province = try await ConsoleBrowser.signIn(hub, "koor.pilah", unit: "31", role: .koordinator)
            let page = try await province.get("/console/triage")
            let likelyAt = try #require(page.html.range(of: likely.tracking_number))
            let vagueAt = try #require(page.html.range(of: vague.tracking_number))
            #expect(likelyAt.lowerBound < vagueAt.lowerBound, "the surer guess comes first")
            #expect(page.html.contains("Tebakan model:"))
        }
    }
}
