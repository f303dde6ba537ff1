import Testing

@testable import MailKit

@Suite struct QuotedPrintableDecodingTests {
    private func decode(_ text: String) -> String {
        String(decoding: QuotedPrintable.decode(Array(text.utf8)), as: UTF8.self)
    }

    @Test func softLineBreaksJoinLines() {
        #expect(decode("foo=\r\nbar") == "foobar")
        #expect(decode("foo=\nbar") == "foobar")
        #expect(decode("foo= \t\r\nbar") == "foobar")
    }

    @Test func hardLineBreaksKeepTheirStyle() {
        #expect(decode("a\r\nb") == "a\r\nb")
        #expect(decode("a\nb") == "a\nb")
        #expect(decode("a\r\n") == "a\r\n")
    }

    @Test func transportPaddingIsStrippedButEncodedSpaceKept() {
        #expect(decode("foo   \r\nbar") == "foo\r\nbar")
        #expect(decode("foo=20\r\nbar") == "foo \r\nbar")
        #expect(decode("a=09=20 ") == "a\t ")
    }

    @Test func escapesInEitherCase() {
        #expect(decode("1+1=3D2") == "1+1=2")
        #expect(decode("caf=C3=A9") == "café")
        #expect(decode("caf=c3=a9") == "café")
    }

    @Test func brokenEscapesStayLiteral() {
        #expect(decode("a=ZZb") == "a=ZZb")
        #expect(decode("a=4") == "a=4")
        #expect(decode("50=%") == "50=%")
        #expect(decode("x = y") == "x = y")
        #expect(decode("==41") == "=A")
    }

    @Test func trailingEqualsAtEndOfInputIsASoftBreak() {
        #expect(decode("abc=") == "abc")
        #expect(decode("") == "")
    }

    @Test func rawBytesAboveASCIIPassThrough() {
        let bytes: [UInt8] = [0x63, 0x61, 0x66, 0xE9, 0x3D, 0x0D, 0x0A, 0x21]
        #expect(QuotedPrintable.decode(bytes) == [0x63, 0x61, 0x66, 0xE9, 0x21])
    }
}

@Suite struct QuotedPrintableEncodingTests {
    private func lines(_ encoded: String) -> [Substring] {
        encoded.split(separator: "\r\n", omittingEmptySubsequences: false)
    }

    private func roundTrip(_ text: String) -> String {
        String(decoding: QuotedPrintable.decode(Array(QuotedPrintable.encode(text).utf8)), as: UTF8.self)
    }

    @Test func escapesEqualsAndNonASCII() {
        #expect(QuotedPrintable.encode("a=b") == "a=3Db")
        #expect(QuotedPrintable.encode("café") == "caf=C3=A9")
        #expect(QuotedPrintable.encode("\u{7F}\u{01}") == "=7F=01")
    }

    @Test func whitespaceIsEscapedOnlyAtLineEnd() {
        #expect(QuotedPrintable.encode("a b") == "a b")
        #expect(QuotedPrintable.encode("end ") == "end=20")
        #expect(QuotedPrintable.encode("end\t") == "end=09")
        #expect(QuotedPrintable.encode("a \nb") == "a=20\r\nb")
    }

    @Test func lineBreaksBecomeCRLF() {
        #expect(QuotedPrintable.encode("a\nb\r\nc\rd") == "a\r\nb\r\nc\r\nd")
        #expect(QuotedPrintable.encode("a\n\nb") == "a\r\n\r\nb")
    }

    @Test func leadingDotIsLeftForSMTPDotStuffing() {
        #expect(QuotedPrintable.encode(".\n.hidden") == ".\r\n.hidden")
    }

    @Test func exactly76CharactersNeedNoSoftBreak() {
        let line = String(repeating: "a", count: 76)
        #expect(QuotedPrintable.encode(line) == line)
    }

    @Test func seventySevenCharactersAreSplit() {
        let encoded = QuotedPrintable.encode(String(repeating: "a", count: 77))
        #expect(encoded == String(repeating: "a", count: 75) + "=\r\naa")
    }

    @Test func escapesAreNeverSplitAndLinesStayShort() {
        let text = String(repeating: "a", count: 74) + "é" + String(repeating: "=", count: 40) + " "
        let encoded = QuotedPrintable.encode(text)
        for line in lines(encoded) {
            #expect(line.count <= 76)
        }
        #expect(lines(encoded).first == Substring(String(repeating: "a", count: 74) + "="))
        #expect(roundTrip(text) == text)
    }

    @Test func softBreakNeverLeavesTrailingWhitespace() {
        let text = String(repeating: "word ", count: 40)
        let encoded = QuotedPrintable.encode(text)
        for line in lines(encoded) {
            #expect(line.last != " " && line.last != "\t")
            #expect(line.count <= 76)
        }
        #expect(roundTrip(text) == text)
    }

    @Test func roundTripsAssortedText() {
        let samples = [
            "Selamat siang Bapak/Ibu, laporan Anda nomor ASP-1042 sudah kami teruskan ke Dinas Bina Marga DKI Jakarta.",
            "Emoji 🚧🙏😢 dan tanda = sama dengan == di mana-mana =3D",
            "  spasi di awal dan di akhir  ",
            "From the start\n.dot line\n\ttab line\t",
            String(repeating: "é", count: 100),
            "",
        ]
        for sample in samples {
            let expected = sample.replacingLineBreaksWithCRLF()
            #expect(roundTrip(sample) == expected)
            #expect(QuotedPrintable.encode(sample).utf8.allSatisfy { $0 < 0x80 })
        }
    }
}

extension String {
    func replacingLineBreaksWithCRLF() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    }
}
