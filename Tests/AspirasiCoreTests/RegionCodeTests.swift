import AspirasiCore
import Testing

@Suite struct RegionCodeTests {
    @Test func parsesEveryLevel() throws {
        #expect(RegionCode("31")?.level == .provinsi)
        #expect(RegionCode("31.71")?.level == .kota)
        #expect(RegionCode("31.71.01")?.level == .kecamatan)
        #expect(RegionCode("31.71.01.1001")?.level == .kelurahan)
    }

    @Test(arguments: ["", "3", "31.", "31.7", "31.71.01.100", "31.71.01.1001.1", "ab.cd", "31-71", "３１"])
    func rejectsMalformedCodes(_ text: String) {
        #expect(RegionCode(text) == nil)
    }

    @Test func walksUpTheHierarchy() throws {
        let gambir = try #require(RegionCode("31.71.01.1001"))
        #expect(gambir.parent?.rawValue == "31.71.01")
        #expect(gambir.ancestor(at: .kota)?.rawValue == "31.71")
        #expect(gambir.ancestor(at: .provinsi)?.rawValue == "31")
        #expect(RegionCode("31")?.parent == nil)
        #expect(RegionCode("31.71")?.ancestor(at: .kelurahan) == nil)
    }

    @Test func containmentIsByWholeSegments() throws {
        let jakpus = try #require(RegionCode("31.71"))
        #expect(jakpus.contains(try #require(RegionCode("31.71.01.1001"))))
        #expect(!jakpus.contains(try #require(RegionCode("31.72.01"))))
        #expect(try #require(RegionCode("31.71.01")).contains(jakpus) == false)
    }
}
