import AspirasiTestSupport
import Foundation
import Testing

/// `aspirasi apikey …` as an operator runs it: a key is printed once, then listed by name and first
/// characters only.
@Suite struct APIKeyCommandTests {
    @Test func listShowsNamesAndPrefixesNeverTheKey() async throws {
        let configuration = try await TestCluster.shared.freshDatabase()
        let url = try HubProcess.databaseURL(configuration)
        let added = try await runCommand(["apikey", "add", "mitra-cli"], databaseURL: url, input: nil)
        #expect(added.status == 0, "\(added.output)")
        let key = try #require(added.output.split(whereSeparator: \.isNewline).last.map(String.init))
        #expect(key.hasPrefix("asp_"))
        #expect(try await runCommand(["apikey", "add", "dicabut"], databaseURL: url, input: nil).status == 0)
        #expect(try await runCommand(["apikey", "revoke", "dicabut"], databaseURL: url, input: nil).status == 0)

        let listed = try await runCommand(["apikey", "list"], databaseURL: url, input: nil)
        #expect(listed.status == 0, "\(listed.output)")
        let lines = listed.output.split(whereSeparator: \.isNewline).map(String.init)
        let active = try #require(lines.first { $0.hasPrefix("mitra-cli\t") })
        #expect(active.contains(String(key.prefix(8))))
        #expect(active.hasSuffix("\t-"), "not revoked: \(active)")
        let revoked = try #require(lines.first { $0.hasPrefix("dicabut\t") })
        #expect(!revoked.hasSuffix("\t-"), "revoked: \(revoked)")
        #expect(!listed.output.contains(key), "the key itself is never listed")
    }
}
