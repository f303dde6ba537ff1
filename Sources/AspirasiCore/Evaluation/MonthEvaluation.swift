import Foundation

/// The evaluation of a month as a reader sees it: the facts within their area (the whole province, or
/// one kota for a walikota's account), ranked. Pure: the same facts and area always give the same answer.
public struct MonthEvaluation: Codable, Sendable, Equatable {
    public struct Area: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
    }

    /// A kelurahan (or kecamatan, kota) in a ranking or a table.
    public struct UnitRow: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var received: Int
        public var completed: Int
        public var unresolved: Int
        public var completionRate: Double
        public var medianCompletionHours: Double?
        public var medianFirstResponseHours: Double?
        public var overdue: Int
        public var reopened: Int
        public var rejections: [String: Int]

        init(_ figures: UnitFigures) {
            code = figures.code
            name = figures.name
            received = figures.received
            completed = figures.completed
            unresolved = figures.unresolved
            completionRate = figures.completionRate
            medianCompletionHours = figures.medianCompletionHours
            medianFirstResponseHours = figures.medianFirstResponseHours
            overdue = figures.overdue
            reopened = figures.reopened
            rejections = figures.rejections
        }
    }

    public struct KotaRow: Codable, Sendable, Equatable {
        public var figures: UnitRow
        public var kelurahanTop: [UnitRow]
        public var kelurahanBottom: [UnitRow]
    }

    public struct AgencyUnresolved: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var unresolved: Int
    }

    public struct AgencyLate: Codable, Sendable, Equatable {
        public var code: String
        public var name: String
        public var lateCompletions: Int
    }

    public struct Count: Codable, Sendable, Equatable {
        public var key: String
        public var count: Int
    }

    public var month: EvaluationMonth
    public var area: Area
    /// True for a closed month's stored figures; false for the current month (live).
    public var frozen: Bool
    /// When the figures were computed.
    public var computedAt: Date
    public var totals: UnitRow
    public var kelurahanTop: [UnitRow]
    public var kelurahanBottom: [UnitRow]
    public var kelurahan: [UnitRow]
    public var kecamatan: [UnitRow]
    public var kota: [KotaRow]
    public var agenciesUnresolved: [AgencyUnresolved]
    public var agenciesLate: [AgencyLate]
    public var channels: [Count]
    public var categories: [Count]

    /// How many kelurahan each ranking holds.
    public static let rankingSize = 10

    /// The evaluation of `facts` within `area` (a province, kota, kecamatan or kelurahan code), named `areaName`.
    public init(_ facts: EvaluationFacts, area code: String, areaName: String) {
        let region = RegionCode(code)
        let inArea = { (unit: String) in
            region.map { unit == $0.rawValue || unit.hasPrefix($0.rawValue + ".") } ?? false
        }
        let units = facts.units.filter { inArea($0.code) }
        let kelurahan = units.filter { $0.level == "kelurahan" }
        month = facts.month
        area = Area(code: code, name: areaName)
        frozen = facts.frozen
        computedAt = Date(timeIntervalSince1970: facts.computedAt)
        // The store's rollup row of the area carries its medians; an area without reports gets zeros.
        var own = units.first { $0.code == code } ?? Self.total(of: kelurahan, code: code, name: areaName)
        own.name = areaName
        totals = UnitRow(own)
        let ranked = Self.ranked(kelurahan)
        kelurahanTop = ranked.top.map(UnitRow.init)
        kelurahanBottom = ranked.bottom.map(UnitRow.init)
        self.kelurahan = kelurahan.sorted { $0.code < $1.code }.map(UnitRow.init)
        kecamatan = units.filter { $0.level == "kecamatan" }.sorted { $0.code < $1.code }.map(UnitRow.init)
        kota = units.filter { $0.level == "kota" }.sorted { $0.code < $1.code }.map { kota in
            let inside = Self.ranked(kelurahan.filter { $0.kota == kota.code })
            return KotaRow(
                figures: UnitRow(kota), kelurahanTop: inside.top.map(UnitRow.init),
                kelurahanBottom: inside.bottom.map(UnitRow.init))
        }
        // A kota reads the agencies' figures over its own kelurahan; the province over every kelurahan.
        let agencyArea = region?.level == .provinsi ? nil : region?.ancestor(at: .kota)?.rawValue
        let agencies = facts.agencies.filter { $0.area == agencyArea }
        agenciesUnresolved = agencies.filter { $0.unresolved > 0 }
            .sorted { ($0.unresolved, $1.code) > ($1.unresolved, $0.code) }
            .map { AgencyUnresolved(code: $0.code, name: $0.name, unresolved: $0.unresolved) }
        agenciesLate = agencies.filter { $0.lateCompletions > 0 }
            .sorted { ($0.lateCompletions, $1.code) > ($1.lateCompletions, $0.code) }
            .map { AgencyLate(code: $0.code, name: $0.name, lateCompletions: $0.lateCompletions) }
        channels = Self.counts(facts.channels, area: agencyArea)
        categories = Self.counts(facts.categories, area: agencyArea)
    }

    /// The ten highest and ten lowest completion rates among kelurahan with at least one received
    /// report; ties go to the one that received more, then to the lower code.
    public static func ranked(_ kelurahan: [UnitFigures]) -> (top: [UnitFigures], bottom: [UnitFigures]) {
        let eligible = kelurahan.filter { $0.received > 0 }
        let tieOrder = { (a: UnitFigures, b: UnitFigures) -> Bool in
            a.received != b.received ? a.received > b.received : a.code < b.code
        }
        let top = eligible.sorted { a, b in
            a.completionRate != b.completionRate ? a.completionRate > b.completionRate : tieOrder(a, b)
        }
        let bottom = eligible.sorted { a, b in
            a.completionRate != b.completionRate ? a.completionRate < b.completionRate : tieOrder(a, b)
        }
        return (Array(top.prefix(rankingSize)), Array(bottom.prefix(rankingSize)))
    }

    /// The area's sums, for an area the store has no rollup row for (no report in the month).
    static func total(of kelurahan: [UnitFigures], code: String, name: String) -> UnitFigures {
        var rejections: [String: Int] = [:]
        for unit in kelurahan { rejections.merge(unit.rejections, uniquingKeysWith: +) }
        return UnitFigures(
            level: RegionCode(code)?.level.name ?? "provinsi", code: code, name: name,
            received: kelurahan.reduce(0) { $0 + $1.received }, completed: kelurahan.reduce(0) { $0 + $1.completed },
            unresolved: kelurahan.reduce(0) { $0 + $1.unresolved },
            medianCompletionHours: nil, medianFirstResponseHours: nil,
            overdue: kelurahan.reduce(0) { $0 + $1.overdue }, reopened: kelurahan.reduce(0) { $0 + $1.reopened },
            rejections: rejections)
    }

    static func counts(_ counts: [AreaCount], area: String?) -> [Count] {
        counts.filter { $0.area == area }.sorted { ($0.count, $1.key) > ($1.count, $0.key) }
            .map { Count(key: $0.key, count: $0.count) }
    }
}

extension RegionLevel {
    /// The level's name as the evaluation writes it.
    public var name: String {
        switch self {
        case .provinsi: "provinsi"
        case .kota: "kota"
        case .kecamatan: "kecamatan"
        case .kelurahan: "kelurahan"
        }
    }
}
