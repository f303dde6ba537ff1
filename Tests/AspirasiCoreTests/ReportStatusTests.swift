import AspirasiCore
import Testing

@Suite struct ReportStatusTests {
    @Test func theUsualPathIsAllowed() {
        let path: [ReportStatus] = [.menunggu, .koordinasi, .disposisi, .proses, .selesai]
        for (from, to) in zip(path, path.dropFirst()) {
            #expect(from.canMove(to: to), "\(from) -> \(to)")
        }
    }

    @Test func closedReportsOnlyReopen() {
        #expect(ReportStatus.selesai.allowedNext == [.menunggu])
        #expect(ReportStatus.ditolak.allowedNext == [.menunggu])
        #expect(!ReportStatus.menunggu.canMove(to: .selesai), "completion needs work in proses first")
    }

    @Test func coloursFollowJakartasCRM() {
        #expect(ReportStatus.menunggu.colour == "red")
        #expect(ReportStatus.proses.colour == "yellow")
        #expect(ReportStatus.selesai.colour == "green")
        #expect(ReportStatus.allCases.filter(\.isOpen).count == 4)
    }
}
