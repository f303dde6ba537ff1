import Testing

@testable import MailKit

@Suite struct CharsetTests {
    @Test func labelsAndAliases() {
        #expect(Charset(label: "UTF-8") == .utf8)
        #expect(Charset(label: " \"utf8\" ") == .utf8)
        for alias in ["iso-8859-1", "ISO_8859-1", "latin1", "l1", "windows-1252", "cp1252", "iso8859-1"] {
            #expect(Charset(label: alias) == .windows1252, "\(alias)")
        }
        #expect(Charset(label: "Latin-9") == .iso885915)
        #expect(Charset(label: "us-ascii") == .usASCII)
        #expect(Charset(label: "utf-8*en") == .utf8)
        #expect(Charset(label: "x-klingon") == .unknown("x-klingon"))
    }

    @Test func windows1252HighRange() {
        let bytes: [UInt8] = [0x80, 0x85, 0x8A, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9C, 0x9F]
        #expect(Charset.windows1252.decode(bytes) == "€…Š‘’“”–—™œŸ")
        // Undefined positions map to the C1 control of the same value (WHATWG).
        #expect(
            Charset.windows1252.decode([0x81, 0x8D, 0x8F, 0x90, 0x9D]).unicodeScalars.map(\.value)
                == [0x81, 0x8D, 0x8F, 0x90, 0x9D])
        #expect(Charset.windows1252.decode([0x41, 0xE9, 0xFF, 0xA0]) == "Aéÿ\u{A0}")
    }

    @Test func everyWindows1252ByteDecodesToOneCharacter() {
        let all = (0...255).map { UInt8($0) }
        let scalars = Array(Charset.windows1252.decode(all).unicodeScalars)
        #expect(scalars.count == 256)
        #expect(!scalars.contains("\u{FFFD}"))
        #expect(scalars[0x80] == "€")
    }

    @Test func latin1IsReadAsWindows1252() {
        #expect(Charset(label: "iso-8859-1").decode([0x80, 0x20, 0x35]) == "€ 5")
    }

    @Test func iso885915() {
        #expect(Charset.iso885915.decode([0xA4, 0xE9, 0xBD, 0xA6, 0xBE]) == "€éœŠŸ")
    }

    @Test func utf8IsLossyButNeverFails() {
        #expect(Charset.utf8.decode([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(Charset.utf8.decode([0xEF, 0xBB, 0xBF, 0x68, 0x69]) == "hi")
    }

    @Test func unlabelledTriesUTF8ThenWindows1252() {
        #expect(Charset(label: "x-unknown").decode(Array("café".utf8)) == "café")
        #expect(Charset(label: "x-unknown").decode([0x63, 0x61, 0x66, 0xE9]) == "café")
        #expect(Charset.usASCII.decode(Array("naïve".utf8)) == "naïve")
        #expect(Charset.usASCII.decode([0x93, 0x68, 0x69, 0x94]) == "“hi”")
    }

    @Test func utf16Variants() {
        #expect(Charset(label: "utf-16").decode([0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9]) == "hé")
        #expect(Charset(label: "utf-16").decode([0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00]) == "hé")
        #expect(Charset(label: "utf-16").decode([0x00, 0x68, 0x00, 0x69]) == "hi")
        #expect(Charset(label: "utf-16le").decode([0x68, 0x00, 0x3D, 0xD8, 0xA7, 0xDE]) == "h🚧")
        #expect(Charset(label: "UTF-16BE").decode([0x00, 0x68, 0x00]) == "h\u{FFFD}")
        #expect(Charset(label: "utf-16le").decode([0x00, 0xD8]) == "\u{FFFD}")
    }

    @Test func utf32Variants() {
        #expect(Charset(label: "utf-32le").decode([0xA7, 0xF6, 0x01, 0x00]) == "🚧")
        #expect(Charset(label: "utf-32").decode([0x00, 0x00, 0x00, 0x68]) == "h")
        #expect(Charset(label: "utf-32be").decode([0x00, 0x11, 0x00, 0x00]) == "\u{FFFD}")
    }

    @Test func foundationBackedCharsets() {
        #expect(Charset(label: "iso-8859-2").decode([0xA3, 0xF3, 0xE4]) == "Łóä")
        #expect(Charset(label: "windows-1251").decode([0xCF, 0xF0, 0xE8]) == "При")
        #expect(Charset(label: "shift_jis").decode([0x82, 0xA0]) == "あ")
    }
}
