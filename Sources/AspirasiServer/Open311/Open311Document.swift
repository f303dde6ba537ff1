import AspirasiCore
import Foundation

/// An Open311 answer: a list of records under a root element, the same
/// fields in the same order in JSON and in XML.
struct Open311Document {
    typealias Record = [(String, JSON)]

    let root: String
    let item: String
    let records: [Record]

    func render(_ format: Open311Format) -> String {
        switch format {
        case .json:
            return JSON.array(records.map(JSON.object)).text
        case .xml:
            var xml = XMLWriter()
            xml.element(root) { xml in
                for record in records {
                    xml.element(item) { xml in
                        for (name, value) in record { xml.leaf(name, Self.xmlText(value)) }
                    }
                }
            }
            return xml.text
        }
    }

    static func xmlText(_ value: JSON) -> String? {
        switch value {
        case .string(let text): text
        case .null: nil
        case .bool(let flag): flag ? "true" : "false"
        default: value.text
        }
    }

    /// ISO 8601 with Jakarta's offset (+07:00, no daylight saving), as the spec asks.
    static func timestamp(_ date: Date) -> String {
        let local = date.addingTimeInterval(7 * 3600)
        let text = local.formatted(
            .iso8601.year().month().day().dateTimeSeparator(.standard).time(includingFractionalSeconds: false))
        return text.replacingOccurrences(of: "Z", with: "") + "+07:00"
    }

    /// A report as a service request; its photo's URL is the hub's own (`base` + `/open311/v2/media/<key>`).
    static func request(_ report: PublicReport, base: String) -> Record {
        [
            ("service_request_id", .string(report.trackingNumber)),
            ("status", .string(StatusProjection.open311(report.status))),
            (
                "status_notes",
                .string(
                    StatusProjection.note(
                        report.status, reason: report.rejectReason, agency: report.agency,
                        duplicateOf: report.duplicateOf))
            ),
            ("service_name", .string(report.categoryName)),
            ("service_code", .string(report.categoryCode)),
            ("description", .string(report.description)),
            ("agency_responsible", .optional(report.agency)),
            ("service_notice", .null),
            ("requested_datetime", .string(timestamp(report.requestedAt))),
            ("updated_datetime", .string(timestamp(report.updatedAt))),
            ("expected_datetime", .null),
            ("address", .optional(report.address)),
            ("address_id", .null),
            ("zipcode", .null),
            ("lat", report.location.map { .number($0.latitude) } ?? .null),
            ("long", report.location.map { .number($0.longitude) } ?? .null),
            ("media_url", .optional(report.photoKey.map { "\(base)/open311/v2/media/\($0)" })),
        ]
    }
}
