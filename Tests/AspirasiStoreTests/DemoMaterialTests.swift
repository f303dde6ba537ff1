import AspirasiCore
import AspirasiTestSupport
import Foundation
import Testing

@testable import AspirasiStore

/// The demo's words, pictures and paths agree with the rules the real intake and workflow apply.
@Suite struct DemoMaterialTests {
    /// The intake's classifier files every complaint text under the category it was written for.
    @Test func everyComplaintClassifiesAsItsCategory() async throws {
        let catalog = try await withFreshDatabase { try await IntakeCatalog.load(from: $0) }
        for (category, bodies) in DemoTexts.complaints where category != "lainnya" {
            for body in bodies {
                let result = catalog.classifier.classify(DemoTexts.filled(body))
                #expect(result.category == category, "\(body)")
            }
        }
        for body in DemoTexts.complaints["lainnya"] ?? [] {
            #expect(catalog.classifier.classify(DemoTexts.filled(body)).category == "lainnya", "\(body)")
        }
        #expect(Set(DemoTexts.complaints.keys) == Set(catalog.categories.keys))
    }

    /// Reports meant for the province's triage name no place the gazetteer knows, whatever words fill them.
    @Test func vagueReportsNameNoPlace() async throws {
        let catalog = try await withFreshDatabase { try await IntakeCatalog.load(from: $0) }
        let fillers = DemoTexts.openers + DemoTexts.closers + DemoTexts.durations
        #expect(catalog.gazetteer.locate(fillers.joined(separator: " ")) == nil)
        // Every text once, with each vague place and landmark in turn (the gazetteer is slow to ask 8,000 times).
        for (index, body) in DemoTexts.complaints.values.flatMap({ $0 }).enumerated() {
            let place = DemoTexts.vaguePlaces[index % DemoTexts.vaguePlaces.count]
            let landmark = DemoTexts.landmarks[index % DemoTexts.landmarks.count]
            let text = DemoTexts.filled(body, street: place, landmark: landmark)
            #expect(catalog.gazetteer.locate(text) == nil, "\(text)")
        }
        #expect(catalog.gazetteer.locate((DemoTexts.vaguePlaces + DemoTexts.landmarks).joined(separator: ", ")) == nil)
        for text in DemoTexts.followUps + DemoTexts.disputes {
            #expect(catalog.gazetteer.locate(text) == nil, "\(text)")
        }
        // A citizen's dispute is one the intake's detector would take as a dispute.
        for text in DemoTexts.disputes { #expect(DisputeDetector.isDispute(text), "\(text)") }
    }

    /// Every step is one the workflow allows: the role may act, the status allows the move, and the actor
    /// belongs to the unit the rule names (the owner routes, the handler handles).
    @Test func pathsFollowTheWorkflowRules() {
        for (index, path) in DemoPath.all.enumerated() {
            let rows = path.rows(index: index)
            #expect(rows.first?.kind == "created", "\(path.name)")
            for (previous, row) in zip(rows, rows.dropFirst()) {
                let before = ReportStatus(rawValue: previous.statusNow)
                #expect(row.statusBefore == previous.statusNow, "\(path.name) step \(row.step)")
                if let after = row.statusAfter.flatMap(ReportStatus.init), let before {
                    #expect(before.allowedNext.contains(after), "\(path.name): \(before) -> \(after)")
                }
                guard let action = row.action else {
                    #expect(row.kind == "reopened" && previous.statusNow == "selesai", "\(path.name)")
                    continue
                }
                #expect(row.actor.role.map { $0.may(action) } == true, "\(path.name): \(row.actor) \(action)")
                #expect(before.map { action.allowedFrom.contains($0) } == true, "\(path.name): \(action)")
                let actorIsAgency = row.actor == .agencyPetugas
                if action.actsAsHandler {
                    #expect(actorIsAgency == (previous.handler == .agency), "\(path.name): \(action) by \(row.actor)")
                }
                if action.isRouting {
                    let province = row.actor == .provinceKoordinator
                    #expect(!actorIsAgency && province == (previous.owner == .province), "\(path.name): \(action)")
                }
            }
        }
        for (kind, weights) in DemoPath.classes {
            for entry in weights { #expect(DemoPath.all.contains { $0.name == entry.path }, "\(kind): \(entry.path)") }
        }
    }

    /// The pictures are real JPEG and PNG files: the hub's sniffing takes them, their segments and chunks are
    /// well formed, and the PNG's checksums hold.
    @Test func picturesAreWellFormed() {
        for proof in [false, true] {
            let picture = DemoImages.scene(variant: 3, proof: proof)
            let jpeg = DemoImages.jpeg(picture)
            #expect(ImageType.sniff(jpeg) == .jpeg)
            #expect(jpeg.suffix(2) == [0xFF, 0xD9])
            // Start of frame: 8-bit samples, 72 rows of 96 pixels, three components.
            let frame = jpeg.indices.first { jpeg[$0] == 0xFF && jpeg[$0 + 1] == 0xC0 }
            #expect(frame.map { Array(jpeg[($0 + 4)...($0 + 9)]) } == [8, 0, 72, 0, 96, 3])
            let png = DemoImages.png(picture)
            #expect(ImageType.sniff(png) == .png)
            var offset = 8
            var types: [String] = []
            while offset + 12 <= png.count {
                let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
                let body = Array(png[(offset + 4)..<(offset + 8 + length)])
                let crc = png[(offset + 8 + length)..<(offset + 12 + length)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                #expect(DemoImages.crc32(body) == crc)
                types.append(String(decoding: body.prefix(4), as: UTF8.self))
                offset += 12 + length
            }
            #expect(types == ["IHDR", "IDAT", "IEND"])
            #expect(png.count < 4_000)
        }
    }

    /// A run of one byte is written as copies: a long run costs a few bytes, and the stream ends its block.
    @Test func deflateRunsAreShort() {
        let zeros = [UInt8](repeating: 0, count: 10_000)
        #expect(DemoImages.Deflate.fixed(zeros).count < 120)
        #expect(DemoImages.Deflate.fixed([1, 2, 3]).count == 5)
    }

    /// Weighted choices share their slots in proportion, and every day's count adds up to the total.
    @Test func weightsAddUp() {
        let slots = DemoWeights.slots([3, 1, 0, 0.001], count: 1_000)
        #expect(slots.count == 1_000)
        #expect(slots.filter { $0 == 0 }.count == 749)
        #expect(!slots.contains(2) && slots.contains(3))
        let now = Date(timeIntervalSince1970: 1_796_018_102)
        for reports in [0, 1, 2_000, 1_000_000] {
            let chunks = DemoPlan.chunks(reports: reports, now: now.timeIntervalSince1970)
            #expect(chunks.reduce(0) { $0 + $1.reports } == reports)
            #expect(chunks.allSatisfy { $0.end <= now.timeIntervalSince1970 - 120 && $0.start < $0.end })
        }
        #expect(DemoPlan.chunks(reports: 1_000_000, now: now.timeIntervalSince1970).count == DemoPlan.monthDays)
    }

    /// A history of months starts on a month's first day, adds up, grows over time, and leaves the current
    /// month a month's share rather than every report (the old generator put all of them in the last 30 days).
    @Test func aHistorySpreadsOverWholeMonths() {
        let now = Date(timeIntervalSince1970: 1_796_018_102).timeIntervalSince1970
        let days = DemoPlan.days(months: 30, now: now)
        let first = EvaluationMonth(containing: days[0].jakartaMidnight)
        #expect(days[0] == first.firstDay)
        #expect(days.last == CivilDay(jakartaTime: now))
        #expect(EvaluationMonth(containing: now).start - first.start > 28 * 30 * 86_400)
        let chunks = DemoPlan.chunks(reports: 10_000_000, months: 30, now: now)
        #expect(chunks.reduce(0) { $0 + $1.reports } == 10_000_000)
        #expect(chunks.count > days.count * 9 / 10)
        let current = EvaluationMonth(containing: now).start
        let inCurrent = chunks.filter { $0.start >= current }.reduce(0) { $0 + $1.reports }
        #expect(inCurrent > 250_000 && inCurrent < 600_000)
        #expect(chunks.prefix(7).reduce(0) { $0 + $1.reports } < chunks.suffix(7).reduce(0) { $0 + $1.reports })
        #expect(chunks.allSatisfy { $0.end <= now - 120 && $0.start < $0.end })
    }
}
