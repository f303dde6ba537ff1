import AspirasiTestSupport
import Foundation
import Testing

/// `aspirasi demo` as an operator runs it: a small month, the accounts printed once, then a refusal.
@Suite struct DemoCommandTests {
    @Test func demoFillsAnEmptyDatabaseOnceAndThenRefuses() async throws {
        let url = try HubProcess.databaseURL(try await TestCluster.shared.freshDatabase())
        let first = try HubProcess.start(
            ["demo", "--reports", "2000"], environment: ["DATABASE_URL": url, "LOG_LEVEL": "warning"])
        #expect(try await first.exitStatus(within: .seconds(180)) == 0, "\(first.log)")
        let output = first.log
        #expect(output.contains("Demo data: 2000 reports"), "\(output)")
        for username in [
            "demo.petugas.gambir", "demo.petugas.sudin-bm-jakpus", "demo.koordinator.dki", "demo.pimpinan.jakpus",
            "demo.admin.dki",
        ] {
            // Each account is printed with a 20-character password after its unit.
            let line = output.split(separator: "\n").first { $0.contains(username) }
            #expect(line?.split(separator: " ").last?.count == 20, "\(username): \(line ?? "missing")")
        }

        let again = try HubProcess.start(
            ["demo", "--reports", "10"], environment: ["DATABASE_URL": url, "LOG_LEVEL": "warning"])
        #expect(try await again.exitStatus() == 1)
        #expect(again.log.contains("already holds 2000 reports"), "\(again.log)")
    }
}
