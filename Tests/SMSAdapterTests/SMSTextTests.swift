import Testing

@testable import SMSAdapter

@Suite struct SMSTextTests {
    @Test func plainIndonesianIsOneGSM7Segment() {
        let text = SMSText("Aspirasi #2611-0000017: Laporan sedang dikerjakan.")
        #expect(text.coding == .gsm7)
        #expect(text.segments.count == 1)
        #expect(SMSText(String(repeating: "a", count: 160)).segments.count == 1)
        #expect(SMSText(String(repeating: "a", count: 161)).segments.map(\.count) == [153, 8])
    }

    @Test func lookAlikesStayInGSM7() {
        let text = SMSText("Aspirasi #2611-0000017: “Laporan” sedang dikerjakan…")
        #expect(text.coding == .gsm7)
        #expect(text.text == "Aspirasi #2611-0000017: \"Laporan\" sedang dikerjakan...")
    }

    @Test func extensionCharactersCountTwiceAndAreNeverSplit() {
        // 159 septets of 'a' and a euro sign (2 septets) make 161: two parts.
        let text = SMSText(String(repeating: "a", count: 159) + "€")
        #expect(text.coding == .gsm7)
        #expect(text.segments.count == 2)
        let edge = SMSText(String(repeating: "a", count: 152) + "€" + String(repeating: "b", count: 10))
        #expect(edge.segments.first?.last == "a", "the euro sign (2 septets) does not fit the 153rd septet")
    }

    @Test func otherScriptsAndEmojiAreUCS2WithoutBreakingSurrogates() {
        let text = SMSText("Terima kasih 🙏 laporan Anda kami terima dan sedang kami teruskan ke kelurahan")
        #expect(text.coding == .ucs2)
        #expect(text.segments.count == 2)
        #expect(text.segments.joined() == text.text)
        #expect(text.segments.allSatisfy { $0.utf16.count <= 67 })
        #expect(SMSText("Jalan rusak 🙏").segments.count == 1)
    }
}
