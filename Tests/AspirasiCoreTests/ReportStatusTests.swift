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

@Suite struct OfficerActionTests {
    /// Every move an action can make must be one the status table allows.
    @Test func everyActionMovesOnlyAlongAllowedTransitions() {
        for action in OfficerAction.onReports {
            guard let next = action.statusAfter else { continue }
            for from in action.allowedFrom {
                #expect(from.canMove(to: next), "\(action.rawValue): \(from.rawValue) -> \(next.rawValue)")
            }
        }
    }

    @Test func aRegionSeesWhatIsInsideItAndADinasItsBranches() {
        let catalog = IntakeCatalog(
            categories: [],
            units: [
                .init(code: "31", name: "DKI", kind: .provinsi, areaCode: "31", agencyFamily: nil),
                .init(code: "31.71", name: "Jakpus", kind: .kota, areaCode: "31.71", agencyFamily: nil),
                .init(code: "31.71.01", name: "Gambir", kind: .kecamatan, areaCode: "31.71.01", agencyFamily: nil),
                .init(
                    code: "31.71.01.1001", name: "Gambir", kind: .kelurahan, areaCode: "31.71.01.1001",
                    agencyFamily: nil),
                .init(
                    code: "31.72.01.1001", name: "Other", kind: .kelurahan, areaCode: "31.72.01.1001", agencyFamily: nil
                ),
                .init(code: "31-BM", name: "Dinas BM", kind: .dinas, areaCode: "31", agencyFamily: "BM"),
                .init(code: "31.71-BM", name: "Sudin BM", kind: .sukuDinas, areaCode: "31.71", agencyFamily: "BM"),
                .init(code: "31.71-SDA", name: "Sudin SDA", kind: .sukuDinas, areaCode: "31.71", agencyFamily: "SDA"),
            ])
        let kecamatan = AccessScope(unit: "31.71.01", in: catalog)
        #expect(kecamatan.covers("31.71.01.1001"))
        #expect(!kecamatan.covers("31.72.01.1001"))
        #expect(!kecamatan.covers("31.71-BM"))
        #expect(AccessScope(unit: "31", in: catalog).covers("31.71-SDA"))
        let dinas = AccessScope(unit: "31-BM", in: catalog)
        #expect(dinas.covers("31.71-BM") && !dinas.covers("31.71-SDA") && !dinas.covers("31.71.01.1001"))
        #expect(AccessScope(unit: "31.71-BM", in: catalog).units == ["31.71-BM"])
        #expect(AccessScope(unit: "unknown", in: catalog).units == [])
    }
}
