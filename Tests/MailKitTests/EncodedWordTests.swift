import Testing

@testable import MailKit

@Suite struct EncodedWordTests {
    @Test func bAndQEncodings() {
        #expect(EncodedWordDecoder.decode("=?utf-8?B?SGFsbw==?=") == "Halo")
        #expect(EncodedWordDecoder.decode("=?UTF-8?q?Caf=C3=A9_au_lait?=") == "Café au lait")
        #expect(EncodedWordDecoder.decode("=?utf-8?b?SGFsbw?=") == "Halo")
    }

    @Test func underscoreIsSpaceOnlyInQ() {
        #expect(EncodedWordDecoder.decode("=?utf-8?q?a_b=5Fc?=") == "a b_c")
        #expect(EncodedWordDecoder.decode("snake_case =?utf-8?q?x?=") == "snake_case x")
    }

    @Test func whitespaceBetweenAdjacentWordsIsDropped() {
        #expect(EncodedWordDecoder.decode("=?utf-8?q?Jalan?= =?utf-8?q?_rusak?=") == "Jalan rusak")
        #expect(EncodedWordDecoder.decode("=?utf-8?q?a?=\r\n\t =?utf-8?q?b?=") == "ab")
        #expect(EncodedWordDecoder.decode("=?utf-8?q?a?==?utf-8?q?b?=") == "ab")
    }

    @Test func whitespaceNextToPlainTextIsKept() {
        #expect(EncodedWordDecoder.decode("=?utf-8?q?a?= b") == "a b")
        #expect(EncodedWordDecoder.decode("a =?utf-8?q?b?=") == "a b")
        #expect(EncodedWordDecoder.decode("=?utf-8?q?a?= and =?utf-8?q?b?=") == "a and b")
    }

    @Test func utf8SequenceSplitAcrossWordsIsJoined() {
        // U+1F6A7 is F0 9F 9A A7; the words split it after three bytes.
        #expect(EncodedWordDecoder.decode("=?utf-8?B?8J+a?= =?utf-8?B?pw==?=") == "🚧")
        #expect(EncodedWordDecoder.decode("=?utf-8?Q?=F0=9F?= =?UTF-8?Q?=9A=A7?=") == "🚧")
    }

    @Test func mixedCharsets() {
        let value = "=?iso-8859-1?q?caf=E9?= =?utf-8?q?_=E2=82=AC?="
        #expect(EncodedWordDecoder.decode(value) == "café €")
        #expect(EncodedWordDecoder.decode("=?iso-8859-1?q?=80_5?=") == "€ 5")
        #expect(EncodedWordDecoder.decode("=?windows-1252?q?=93kutip=94?=") == "“kutip”")
        #expect(EncodedWordDecoder.decode("=?iso-8859-15?q?=A4?=") == "€")
    }

    @Test func unknownCharsetFallsBack() {
        #expect(EncodedWordDecoder.decode("=?x-unknown?q?caf=C3=A9?=") == "café")
        #expect(EncodedWordDecoder.decode("=?x-unknown?q?caf=E9?=") == "café")
    }

    @Test func languageSuffixIsIgnored() {
        #expect(EncodedWordDecoder.decode("=?utf-8*id?q?halo?=") == "halo")
    }

    @Test func malformedWordsAreLeftAsIs() {
        let cases = [
            "=?utf-8?X?abc?=",
            "=?utf-8?q?unterminated",
            "=??q?abc?=",
            "=?utf-8?B?@@@@?=",
            "=?utf-8?q?has space?=",
            "=?utf-8?q",
            "2+2=? yes",
            "=?",
        ]
        for value in cases {
            #expect(EncodedWordDecoder.decode(value) == value)
        }
    }

    @Test func emptyEncodedText() {
        #expect(EncodedWordDecoder.decode("a =?utf-8?q??= b") == "a  b")
    }

    @Test func plainAndNonASCIIHeadersPassThrough() {
        #expect(EncodedWordDecoder.decode("Laporan warga") == "Laporan warga")
        #expect(EncodedWordDecoder.decode("Jalan rusak 🚧") == "Jalan rusak 🚧")
        #expect(EncodedWordDecoder.decode("") == "")
    }
}
