import Foundation
import Testing

@testable import AspirasiServer

/// The hand-written JSON of Open311 and `locate`: what it writes must read back as what was given.
@Suite struct JSONTextTests {
    @Test func escapesAndNestingReadBackExactly() throws {
        let awkward = "a \"quoted\" \\ back\nslash\r\t\u{01}\u{1F} é 漢 🙂"
        let value = JSON.object([
            ("plain", .string("Jalan Merdeka")), ("awkward", .string(awkward)), ("n", .number(3)),
            ("x", .number(-6.2)), ("ok", .bool(true)), ("none", .null),
            ("list", .array([.string("a"), .array([]), .object([])])), ("k\"ey", .string("")),
        ])
        let text = value.text
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["plain"] as? String == "Jalan Merdeka")
        #expect(parsed["awkward"] as? String == awkward)
        #expect(parsed["n"] as? Int == 3)
        #expect(parsed["x"] as? Double == -6.2)
        #expect(parsed["ok"] as? Bool == true)
        #expect(parsed["none"] is NSNull)
        #expect((parsed["list"] as? [Any])?.count == 3)
        #expect(parsed["k\"ey"] as? String == "")
        // Keys keep their order, and a plain value is written as is.
        #expect(text.hasPrefix(#"{"plain":"Jalan Merdeka","awkward":"a \"quoted\" \\ back\nslash\r\t\u0001\u001f"#))
    }
}
