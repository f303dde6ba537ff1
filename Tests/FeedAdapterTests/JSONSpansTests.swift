import ChannelKit
import Foundation
import Testing

@Suite struct JSONSpansTests {
    static func objects(_ bytes: [UInt8], _ spans: [Range<Int>]) -> [NSDictionary] {
        spans.compactMap { try? JSONSerialization.jsonObject(with: Data(bytes[$0])) as? NSDictionary }
    }

    @Test func eachElementsBytesAreFoundWhateverItHolds() throws {
        let page = #"""
            { "meta": {"next": [1, {"a": "]"}], "note": "a \"quoted\" } brace"}, "count": 3, "ok": true,
              "posts" : [
                {"post_id": 1, "post_desc": "Lubang { besar ] di \\ jalan \"utama\"", "loc_lat": -6.17},
                {"post_id": 2, "post_images": ["https://x/a.jpg", []], "nested": {"deep": [[{"x": null}]]}} ,
                {"post_id": 3, "post_title": "Banjir \u00e9", "loc_lng": 1.5e2}
              ], "after": "x" }
            """#
        let bytes = Array(page.utf8)
        let spans = try #require(JSONSpans.elements(of: "posts", in: bytes))
        let parsed = try #require(
            (try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])?["posts"] as? [NSDictionary])
        #expect(spans.count == 3)
        #expect(Self.objects(bytes, spans) == parsed)
        #expect(String(decoding: bytes[spans[0]], as: UTF8.self).hasPrefix(#"{"post_id": 1"#))
        #expect(String(decoding: bytes[spans[1]], as: UTF8.self).hasSuffix("}}"))
    }

    @Test func anEmptyListHasNoSpans() {
        #expect(JSONSpans.elements(of: "posts", in: Array(#"{"posts": [ ]}"#.utf8)) == [])
    }

    @Test func pagesNotShapedSoHaveNone() {
        for page in [
            #"{"items": [{"a": 1}]}"#, #"{"posts": {"a": 1}}"#, #"{"posts": [{"a": 1}"#, #"[{"posts": []}]"#,
            #"{"posts": [{"a": "unclosed}]}"#, "", #"{"x": 1 "posts": []}"#, #"{"posts": [1,,2]}"#,
        ] {
            #expect(JSONSpans.elements(of: "posts", in: Array(page.utf8)) == nil, "\(page)")
        }
    }
}
