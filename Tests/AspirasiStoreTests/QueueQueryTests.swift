import AspirasiCore
import AspirasiTestSupport
import Foundation
import PostgresNIO
import Testing

@testable import AspirasiStore

/// The queue and its counts per status, on a demo month: each filter means what it says, pages come in queue
/// order, and counts beyond the cap say "at least".
@Suite struct QueueQueryTests {
    static let province = Officer(id: 1, username: "k", displayName: "k", unitCode: "31", role: .koordinator)

    /// A petugas of the busiest kelurahan of the month.
    func petugas(_ client: PostgresClient) async throws -> Officer {
        let unit = try await client.first(
            "SELECT kelurahan_code FROM reports WHERE kelurahan_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1",
            as: String.self,
            logger: .silent)
        return Officer(id: 2, username: "p", displayName: "p", unitCode: unit ?? "31.71.01.1001", role: .petugas)
    }

    func withDemo(_ body: @Sendable (PostgresClient) async throws -> Void) async throws {
        try await withFreshDatabase { client in
            var options = DemoGenerator.Options()
            options.reports = 1_500
            _ = try await DemoGenerator(client: client).run(options, hashPassword: { _ in "not-a-hash" })
            try await body(client)
        }
    }

    func workflow(_ client: PostgresClient, cap: Int = 10_000) -> ReportWorkflow {
        ReportWorkflow(client: client, catalog: { try await IntakeCatalog.load(from: client) }, countCap: cap)
    }

    /// What the officer's units hold, as plain SQL.
    func inScope(_ officer: Officer) -> String {
        officer.unitCode == "31"
            ? "true" : "(owner_unit = '\(officer.unitCode)' OR handler_unit = '\(officer.unitCode)')"
    }

    @Test func everyFilterMeansWhatItSays() async throws {
        try await withDemo { client in
            let number = try #require(
                try await client.first(
                    "SELECT tracking_number FROM reports ORDER BY id DESC LIMIT 1",
                    as: String.self, logger: .silent))
            var cases: [(QueueFilter, String)] = []
            func add(_ condition: String, _ change: (inout QueueFilter) -> Void) {
                var filter = QueueFilter()
                change(&filter)
                cases.append((filter, condition))
            }
            add("true") { _ in }
            add("status = 'proses'") { $0.statuses = [.proses] }
            add("status IN ('menunggu', 'disposisi')") { $0.statuses = [.menunggu, .disposisi] }
            add("category_code = 'sampah'") { $0.category = "sampah" }
            add("kelurahan_code = '31.71.01.1001'") { $0.kelurahan = "31.71.01.1001" }
            add("channel = 'sms'") { $0.channel = "sms" }
            add(ServiceLevelSQL.overdue) { $0.overdue = true }
            add("NOT \(ServiceLevelSQL.overdue)") { $0.overdue = false }
            add("tracking_number = '\(number)'") { $0.search = number }
            add("description ILIKE '%sampah%'") { $0.search = "Sampah" }
            add("description ILIKE '%jalan%' AND description ILIKE '%rusak%'") { $0.search = " rusak  JALAN " }
            add("description ILIKE '%jalan%' AND description ILIKE '%rusak%'") { $0.search = "jalan+rusak" }
            add("status = 'proses' AND category_code = 'sampah' AND \(ServiceLevelSQL.overdue)") {
                $0.statuses = [.proses]
                $0.category = "sampah"
                $0.overdue = true
            }
            for officer in [Self.province, try await petugas(client)] {
                for (filter, condition) in cases {
                    let expected = try await client.count(
                        PostgresQuery(
                            unsafeSQL: "SELECT count(*) FROM reports WHERE \(inScope(officer)) AND \(condition)"))
                    var paged = filter
                    paged.perPage = 200
                    let page = try await workflow(client).queue(for: officer, paged)
                    #expect(page.total == expected && page.totalExact, "\(officer.unitCode) \(condition)")
                    var first: [String] = []
                    for try await number in try await client.query(
                        PostgresQuery(
                            unsafeSQL: """
                                SELECT tracking_number FROM reports WHERE \(inScope(officer)) AND \(condition)
                                ORDER BY created_at, id LIMIT 200
                                """)
                    ).decode(String.self) { first.append(number) }
                    #expect(page.reports.map(\.trackingNumber) == first, "\(officer.unitCode) \(condition)")
                }
            }
        }
    }

    /// Counts per status agree with a GROUP BY; above the cap they stop there and say so.
    @Test func statusCountsAreExactBelowTheCapAndLowerBoundsAbove() async throws {
        try await withDemo { client in
            let petugas = try await petugas(client)
            for (officer, cap) in [(Self.province, 10_000), (Self.province, 60), (petugas, 10_000), (petugas, 3)] {
                var filter = QueueFilter()
                filter.category = "sampah"
                for overdue in [nil, true] {
                    filter.overdue = overdue
                    let condition =
                        "\(inScope(officer)) AND category_code = 'sampah'"
                        + (overdue == true ? " AND \(ServiceLevelSQL.overdue)" : "")
                    var expected: [String: Int] = [:]
                    for try await (status, count) in try await client.query(
                        PostgresQuery(
                            unsafeSQL: "SELECT status, count(*) FROM reports WHERE \(condition) GROUP BY status")
                    ).decode((String, Int).self) { expected[status] = count }
                    let counts = try await workflow(client, cap: cap).statusCounts(for: officer, filter)
                    for tally in counts.statuses {
                        let truth = expected[tally.status.rawValue] ?? 0
                        #expect(tally.count == min(truth, cap), "\(officer.unitCode) cap \(cap) \(tally.status)")
                        #expect(tally.exact == (truth <= cap), "\(officer.unitCode) cap \(cap) \(tally.status)")
                    }
                    let late = try await client.count(
                        PostgresQuery(
                            unsafeSQL:
                                "SELECT count(*) FROM reports WHERE \(condition) AND \(ServiceLevelSQL.overdue)"))
                    #expect(counts.overdue == .init(count: min(late, cap), exact: late <= cap))
                }
                let page = try await workflow(client, cap: cap).queue(for: officer, filter)
                let all = try await client.count(
                    PostgresQuery(
                        unsafeSQL:
                            "SELECT count(*) FROM reports WHERE \(inScope(officer)) AND category_code = 'sampah' AND \(ServiceLevelSQL.overdue)"
                    ))
                #expect(page.total == min(all, cap) && page.totalExact == (all <= cap))
            }
        }
    }

    /// A search by words past the cap: the counts are lower bounds (never above the truth), marked so.
    @Test func wordSearchCountsPastTheCapAreLowerBounds() async throws {
        try await withDemo { client in
            var filter = QueueFilter()
            filter.search = "jalan"
            let condition = "description ILIKE '%jalan%'"
            let all = try await client.count(
                PostgresQuery(unsafeSQL: "SELECT count(*) FROM reports WHERE \(condition)"))
            let cap = 20
            #expect(all > cap)
            let counts = try await workflow(client, cap: cap).statusCounts(for: Self.province, filter)
            #expect(counts.statuses.allSatisfy { !$0.exact } && !counts.overdue.exact)
            #expect(counts.statuses.reduce(0) { $0 + $1.count } == cap + 1)
            for tally in counts.statuses {
                let truth = try await client.count(
                    PostgresQuery(
                        unsafeSQL:
                            "SELECT count(*) FROM reports WHERE \(condition) AND status = '\(tally.status.rawValue)'"))
                #expect(tally.count <= truth, "\(tally.status)")
            }
            // Below the cap the same search is counted exactly.
            let exact = try await workflow(client).statusCounts(for: Self.province, filter)
            #expect(exact.all == .init(count: all, exact: true))
        }
    }
}
