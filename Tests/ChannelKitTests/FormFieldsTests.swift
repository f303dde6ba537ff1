import Testing

@testable import ChannelKit

@Suite struct FormFieldsTests {
    @Test func decodesPlusAndPercentEscapes() {
        let form = FormFields("description=Sampah+menumpuk+%26+bau%3D&lat=-6.1&name=%E2%9C%93+Siti&empty=&flag")
        #expect(form["description"] == "Sampah menumpuk & bau=")
        #expect(form["lat"] == "-6.1")
        #expect(form["name"] == "✓ Siti")
        #expect(form["empty"] == "")
        #expect(form["flag"] == "")
        #expect(form["missing"] == nil)
    }

    @Test func malformedEscapesAreDropped() {
        let form = FormFields("a=%zz&b=%4&c=%FF%FE&d=ok")
        #expect(form["a"] == nil)
        #expect(form["b"] == nil)
        #expect(form["c"] == nil, "not UTF-8")
        #expect(form["d"] == "ok")
        #expect(form.malformed == ["a", "b", "c"])
    }
}
