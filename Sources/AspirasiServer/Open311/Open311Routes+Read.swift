import AspirasiCore
import AspirasiStore
import Foundation
import Hummingbird

extension Open311Routes {
    func services() async throws -> Open311Document {
        let catalog = try await intake.catalog()
        let records: [Open311Document.Record] = catalog.categories.values.sorted { $0.code < $1.code }.map { category in
            [
                ("service_code", .string(category.code)),
                ("service_name", .string(category.name)),
                ("description", .string(category.name)),
                ("metadata", .bool(false)),
                ("type", .string("realtime")),
                ("keywords", .string(category.keywords.joined(separator: ","))),
                ("group", .string(category.agencyFamily ?? "Kelurahan")),
            ]
        }
        return Open311Document(root: "services", item: "service", records: records)
    }

    /// Our categories take no extra attributes, so each definition lists none.
    func serviceDefinition(_ code: String, _ format: Open311Format) -> String {
        switch format {
        case .json:
            return JSON.object([("service_code", .string(code)), ("attributes", .array([]))]).text
        case .xml:
            var xml = XMLWriter()
            xml.element("service_definition") { xml in
                xml.leaf("service_code", code)
                xml.element("attributes") { _ in }
            }
            return xml.text
        }
    }

    func listRequests(_ query: Hummingbird.Parameters, base: String) async throws -> Open311Document {
        let until = try Self.date(query, "end_date") ?? Date()
        let from = try Self.date(query, "start_date") ?? until.addingTimeInterval(-Self.defaultWindow)
        guard from <= until else { throw Open311Error.badRequest("start_date must not be after end_date") }
        var filter = PublicReports.Filter(from: from, until: until, limit: Self.defaultLimit)
        filter.trackingNumbers = Self.list(query, "service_request_id")
        filter.categories = Self.list(query, "service_code")
        for status in Self.list(query, "status") {
            switch status {
            case "open": filter.statuses += ReportStatus.allCases.filter(\.isOpen)
            case "closed": filter.statuses += ReportStatus.allCases.filter { !$0.isOpen }
            default: throw Open311Error.badRequest("status must be open or closed")
            }
        }
        let found = try await reports.reports(filter)
        return Open311Document(
            root: "service_requests", item: "request", records: found.map { Open311Document.request($0, base: base) })
    }

    /// FixMyStreet's extension: public status changes in a time window.
    func updates(_ query: Hummingbird.Parameters) async throws -> Open311Document {
        let until = try Self.date(query, "end_date") ?? Date()
        let from = try Self.date(query, "start_date") ?? until.addingTimeInterval(-Self.defaultWindow)
        guard from <= until else { throw Open311Error.badRequest("start_date must not be after end_date") }
        let found = try await reports.updates(from: from, until: until, limit: Self.defaultLimit)
        let records: [Open311Document.Record] = found.map { update in
            [
                ("update_id", .string(String(update.id))),
                ("service_request_id", .string(update.trackingNumber)),
                ("status", .string(StatusProjection.open311(update.status))),
                ("updated_datetime", .string(Open311Document.timestamp(update.at))),
                ("description", .string(update.note ?? StatusProjection.note(update.status))),
                ("media_url", .null),
                ("external_status_code", .string(update.status.rawValue)),
            ]
        }
        return Open311Document(root: "service_request_updates", item: "request_update", records: records)
    }

    func discovery(_ request: Request, _ format: Open311Format) -> String {
        let url = Self.base(request) + "/open311/v2"
        let changeset = "2026-11-23T00:00:00+07:00"
        switch format {
        case .json:
            let endpoint = JSON.object([
                ("specification", .string("http://wiki.open311.org/GeoReport_v2")), ("url", .string(url)),
                ("changeset", .string(changeset)), ("type", .string("production")),
                ("formats", .array([.string("text/xml"), .string("application/json")])),
            ])
            return JSON.object([
                ("changeset", .string(changeset)), ("contact", .string("Aspirasi, Pemerintah Provinsi DKI Jakarta")),
                ("key_service", .string("API keys are issued by the operator (aspirasi apikey add)")),
                ("endpoints", .array([endpoint])),
            ]).text
        case .xml:
            var xml = XMLWriter()
            xml.element("discovery") { xml in
                xml.leaf("changeset", changeset)
                xml.leaf("contact", "Aspirasi, Pemerintah Provinsi DKI Jakarta")
                xml.leaf("key_service", "API keys are issued by the operator (aspirasi apikey add)")
                xml.element("endpoints") { xml in
                    xml.element("endpoint") { xml in
                        xml.leaf("specification", "http://wiki.open311.org/GeoReport_v2")
                        xml.leaf("url", url)
                        xml.leaf("changeset", changeset)
                        xml.leaf("type", "production")
                        xml.element("formats") { xml in
                            xml.leaf("format", "text/xml")
                            xml.leaf("format", "application/json")
                        }
                    }
                }
            }
            return xml.text
        }
    }

    static func list(_ query: Hummingbird.Parameters, _ name: String) -> [String] {
        guard let value = query[name[...]] else { return [] }
        return value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// An ISO 8601 time (with offset or Z) or a plain date; a malformed one is the caller's 400.
    static func date(_ query: Hummingbird.Parameters, _ name: String) throws -> Date? {
        guard let text = query[name[...]].map(String.init), !text.isEmpty else { return nil }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle().year().month().day()) { return date }
        throw Open311Error.badRequest("\(name) must be an ISO 8601 date such as 2026-11-01T00:00:00+07:00")
    }
}
