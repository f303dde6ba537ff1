import AspirasiCore
import Logging
import PostgresNIO

extension IntakeStore {
    /// Where a new report belongs and who answers for it.
    struct Placement {
        var kelurahan: String?
        var owner: String?
        var needsTriage: Bool
        var outsideArea: Bool
    }

    /// A new report: located, classified, checked for an open duplicate nearby and assigned; inserted later
    /// with the rest of its round.
    func plan(_ m: InboundMessage, _ recorded: Recorded, classification: Classification) -> PlannedReport {
        let point = m.location.flatMap { $0.isNullIsland ? nil : $0 }
        let placement = place(m, point: point, recorded: recorded)
        let category = classification.category
        var needsTriage = placement.needsTriage || category == Classifier.fallbackCategory
        let duplicateOf = point == nil ? nil : recorded.duplicate
        var status = ReportStatus.menunggu
        var rejectReason: RejectReason? = nil
        var handler = placement.owner
        var outcome = IntakeResult.Outcome.created
        if placement.outsideArea {
            (status, rejectReason, outcome, needsTriage) = (.ditolak, .luarWilayah, .outsideArea, false)
        } else if duplicateOf != nil {
            (status, rejectReason, outcome) = (.ditolak, .duplikat, .duplicate)
        } else if catalog.categories[category]?.directToAgency == true,
            let agency = catalog.agency(for: category, in: placement.kelurahan ?? placement.owner)
        {
            (status, handler) = (.disposisi, agency)
        }
        return PlannedReport(
            message: m, recorded: recorded, classification: classification, status: status,
            rejectReason: rejectReason, point: placement.outsideArea ? m.location : point, placement: placement,
            handler: handler, needsTriage: needsTriage, duplicateOf: duplicateOf, outcome: outcome)
    }

    /// GPS first; without it, the place names in the text.
    func place(_ m: InboundMessage, point: GeoPoint?, recorded: Recorded) -> Placement {
        if point != nil {
            // `record` located it in memory, the edge tolerance included: no kelurahan means outside.
            guard let code = recorded.kelurahan else {
                return Placement(kelurahan: nil, owner: nil, needsTriage: false, outsideArea: true)
            }
            return Placement(kelurahan: code, owner: code, needsTriage: false, outsideArea: false)
        }
        let text = [m.title, m.addressText, m.text].compactMap { $0 }.joined(separator: " . ")
        guard let match = catalog.gazetteer.locate(text) else {
            return Placement(kelurahan: nil, owner: catalog.provinceCode, needsTriage: true, outsideArea: false)
        }
        let isKelurahan = match.level == .kelurahan
        return Placement(
            kelurahan: isKelurahan ? match.code : nil, owner: match.code, needsTriage: !isKelurahan, outsideArea: false)
    }

    /// The channel's own category wins, unless it is "other" (a citizen who picked `lainnya` in an
    /// app did not know where it belongs); otherwise the keyword rules and the learned model decide.
    func classify(_ m: InboundMessage, with classifier: TriageClassifier) -> Classification {
        if let chosen = channelCategory(m) {
            return Classification(category: chosen, confidence: 1, source: .channel)
        }
        return classifier.classify([m.title ?? "", m.text].joined(separator: " "))
    }

    func channelCategory(_ m: InboundMessage) -> String? {
        guard let chosen = m.category, chosen != Classifier.fallbackCategory, catalog.categories[chosen] != nil
        else { return nil }
        return chosen
    }
}
