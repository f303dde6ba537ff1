import AspirasiCore
import AspirasiStore
import AspirasiWeb
import Foundation

/// Turns the workflow's view of a report into the report page's view model.
struct ConsoleReportScreen {
    let choices: ConsoleChoices

    func make(_ detail: ReportDetail, _ extra: ReportContext) -> ReportScreen {
        let catalog = choices.catalog
        let level = detail.serviceLevel
        let deadlines = [
            ReportScreen.Deadline(label: "Batas respons", due: level.responseDueAt, met: level.respondedAt),
            ReportScreen.Deadline(
                label: "Batas Waktu selesai", due: level.completionDueAt,
                met: detail.status == .selesai ? detail.events.last { $0.statusAfter == "selesai" }?.occurredAt : nil),
        ]
        var point: GeoCoordinate?
        if let lon = detail.longitude, let lat = detail.latitude { point = GeoCoordinate(lon: lon, lat: lat) }
        let map = MapPictures.report(
            outline: extra.outline.flatMap(GeoShape.init(geoJSON:)), point: point, status: detail.status)
        let photos = detail.photos.filter(\.stored).map { photo in
            ReportScreen.Photo(
                url: "/console/photos/\(photo.id)",
                caption: photo.source == "officer" ? "Foto Tindak Lanjut (TL)" : "Foto dari pelapor")
        }
        let related = extra.linked.map { linked in
            ReportScreen.Related(
                trackingNumber: linked.trackingNumber, status: linked.status,
                relation: linked.isOriginal ? "Duplikat dari" : "Duplikat")
        }
        let followers = extra.followers.map { follower in
            ReportScreen.Follower(
                channel: follower.channel, isReporter: follower.isReporter, maskedHandle: Self.mask(follower.handle),
                since: follower.since)
        }
        let area = detail.kelurahan.map(choices.kelurahanLabel)
        let region = detail.kelurahan ?? detail.ownerUnit
        let actions = ActionForms(
            allowed: detail.allowedActions, agencies: choices.agencies,
            defaultAgency: catalog.agency(for: detail.category, in: region),
            kelurahans: detail.allowedActions.contains(.reassign) ? choices.kelurahans() : [])
        var screen = ReportScreen(
            trackingNumber: detail.trackingNumber, status: detail.status, rejectReason: detail.rejectReason,
            overdue: level.overdue, category: choices.categoryName(detail.category), description: detail.description,
            area: area, ownerUnit: choices.unitName(detail.ownerUnit),
            handlerUnit: choices.unitName(detail.handlerUnit),
            channel: detail.channel, createdAt: detail.createdAt, deadlines: deadlines, map: map, photos: photos,
            timeline: timeline(detail), related: related, followers: followers, actions: actions)
        screen.categoryBasis = detail.classification.map {
            CategoryBasis.text($0, categoryName: choices.categoryName)
        }
        return screen
    }

    /// Events, the citizens' messages and the deliveries, in time order.
    func timeline(_ detail: ReportDetail) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for event in detail.events {
            let data = Self.fields(event.data)
            var text = data["note"]
            if let reason = data["reason"] {
                text = [StatusBadge.reason(reason), text].compactMap { $0 }.joined(separator: ": ")
            }
            if event.kind == "disposed" || event.kind == "reassigned", let handler = data["handler"] {
                text = ["ke " + (choices.unitName(handler) ?? handler), text].compactMap { $0 }.joined(separator: " · ")
            }
            if event.kind == "recategorised", let to = data["to"] {
                text = "\(choices.categoryName(data["from"] ?? "")) → \(choices.categoryName(to))"
            }
            let actor = event.actorKind == "officer" ? data["officer"] : nil
            entries.append(
                TimelineEntry(time: event.occurredAt, kind: .event(kind: event.kind, actor: actor), text: text))
        }
        for message in detail.messages {
            entries.append(
                TimelineEntry(time: message.receivedAt, kind: .message(channel: message.channel), text: message.text))
        }
        for delivery in detail.deliveries {
            entries.append(
                TimelineEntry(
                    time: delivery.sentAt ?? delivery.createdAt,
                    kind: .delivery(
                        kind: delivery.kind, channel: delivery.channel, state: delivery.state,
                        attempts: delivery.attempts),
                    text: delivery.state == "sent" ? nil : delivery.lastError))
        }
        return entries.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(
            \.element)
    }

    /// The string fields of an event's JSON data.
    static func fields(_ json: String) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return [:]
        }
        return object.compactMapValues { $0 as? String }
    }

    /// A handle shown to officers without giving it away: `+62•••••4567`, `b•••@mail.com`.
    static func mask(_ handle: String) -> String {
        if let at = handle.firstIndex(of: "@"), at != handle.startIndex {
            return String(handle[handle.startIndex]) + "•••" + handle[at...]
        }
        guard handle.count > 6 else { return String(repeating: "•", count: handle.count) }
        return handle.prefix(3) + "•••••" + handle.suffix(4)
    }
}
