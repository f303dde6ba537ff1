import Foundation
import Testing

@testable import EmailAdapter
@testable import MailKit

@Suite struct MultipartTests {
    private func text(_ part: MIMEPart) -> String {
        String(decoding: part.decodedBody(), as: UTF8.self)
    }

    @Test func preambleAndEpilogueAreDiscarded() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: multipart/mixed; boundary=XYZ", "",
                "This is a preamble.", "--XYZ", "", "first", "--XYZ", "Content-Type: text/plain", "", "second",
                "--XYZ--", "This is the epilogue.",
            ]))
        #expect(parsed.root.parts.count == 2)
        #expect(parsed.root.parts.map(text) == ["first", "second"])
        let mail = ParsedEmail(message: parsed)
        #expect(mail.textBody == "first\n\nsecond")
        #expect(!mail.textBody.contains("preamble"))
        #expect(!mail.textBody.contains("epilogue"))
    }

    @Test func lineBreakBeforeDelimiterBelongsToDelimiter() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: multipart/mixed; boundary=b", "", "--b", "", "line1", "line2", "", "--b--",
            ]))
        #expect(parsed.root.parts.first?.body == Array("line1\r\nline2\r\n".utf8))
    }

    @Test func missingCloseDelimiterIsTolerated() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: multipart/mixed; boundary=b", "", "--b", "", "one", "--b", "", "two", "still two",
            ]))
        #expect(parsed.root.parts.map(text) == ["one", "two\r\nstill two"])
    }

    @Test func transportPaddingAfterDelimiter() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: multipart/mixed; boundary=b", "", "--b  \t", "", "one", "--b-- ", "",
            ]))
        #expect(parsed.root.parts.map(text) == ["one"])
    }

    @Test func lookalikeLinesAreNotDelimiters() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: multipart/mixed; boundary=b", "", "--b", "", "--bx", "--b--x", " --b", "--b--",
            ]))
        #expect(parsed.root.parts.map(text) == ["--bx\r\n--b--x\r\n --b"])
    }

    @Test func lfOnlyMultipart() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes(
                [
                    "Content-Type: multipart/alternative; boundary=\"alt\"", "", "--alt",
                    "Content-Type: text/plain; charset=utf-8", "", "polos", "--alt", "Content-Type: text/html", "",
                    "<p>html</p>", "--alt--",
                ], crlf: false))
        #expect(parsed.root.parts.map(text) == ["polos", "<p>html</p>"])
        #expect(ParsedEmail(message: parsed).textBody == "polos")
    }

    @Test func nestedMixedAlternativeRelated() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: multipart/mixed; boundary=m", "", "--m",
                "Content-Type: multipart/alternative; boundary=a", "", "--a",
                "Content-Type: multipart/related; boundary=r; start=\"<root@x>\"", "", "--r",
                "Content-Type: image/gif", "Content-ID: <img@x>", "", "R0lGODlh", "--r",
                "Content-Type: text/html", "Content-ID: <root@x>", "", "<p>Halo <img src=\"cid:img@x\"></p>", "--r--",
                "--a--", "--m", "Content-Type: application/pdf", "Content-Transfer-Encoding: base64",
                "Content-Disposition: attachment; filename=a.pdf", "", "JVBERg==", "--m--",
            ]))
        #expect(parsed.leaves().map(\.contentType.mimeType) == ["image/gif", "text/html", "application/pdf"])
        let mail = ParsedEmail(message: parsed)
        #expect(mail.textBody == "Halo")
        #expect(mail.attachments.map(\.contentType) == ["image/gif", "application/pdf"])
        #expect(mail.attachments.first?.contentID == "img@x")
        #expect(mail.attachments.first?.isInline == true)
        #expect(mail.attachments.last?.bytes == Array("%PDF".utf8))
    }

    @Test func emptyPlainAlternativeFallsBackToHTML() throws {
        let mail = try parsedMail([
            "Content-Type: multipart/alternative; boundary=a", "", "--a", "Content-Type: text/plain", "", "  ",
            "--a", "Content-Type: text/html", "", "<b>isi</b>", "--a--",
        ])
        #expect(mail.textBody == "isi")
    }

    @Test func textAttachmentIsNotBody() throws {
        let mail = try parsedMail([
            "Content-Type: multipart/mixed; boundary=b", "", "--b", "", "badan", "--b",
            "Content-Type: text/plain; name=log.txt", "Content-Disposition: attachment; filename=log.txt", "",
            "isi log", "--b--",
        ])
        #expect(mail.textBody == "badan")
        #expect(mail.attachments.map(\.filename) == ["log.txt"])
        #expect(mail.attachments.first?.bytes == Array("isi log".utf8))
    }

    @Test func multipartWithoutBoundaryIsReadAsText() throws {
        let noParameter = try parsedMail(["Content-Type: multipart/mixed", "", "teks saja"])
        #expect(noParameter.textBody == "teks saja")
        let neverOccurs = try parsedMail(["Content-Type: multipart/mixed; boundary=zz", "", "teks", "--other--"])
        #expect(neverOccurs.textBody == "teks\n--other--")
    }

    @Test func digestPartsDefaultToMessage() throws {
        let parsed = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: multipart/digest; boundary=d", "", "--d", "", "Subject: inner", "", "x", "--d--",
            ]))
        #expect(parsed.root.parts.first?.contentType == .messageRFC822)
    }

    @Test func transferEncodingsInParts() throws {
        let mail = try parsedMail([
            "Content-Type: multipart/mixed; boundary=b", "", "--b",
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: BASE64", "",
            "SmFsYW4g", "cnVzYWs=", "--b",
            "Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable", "",
            "caf=E9 =80=", "5", "--b--",
        ])
        #expect(mail.textBody == "Jalan rusak\n\ncafé €5")
    }

    @Test func transferEncodingParsing() {
        #expect(TransferEncoding(headerValue: nil) == .sevenBit)
        #expect(TransferEncoding(headerValue: " Quoted-Printable ") == .quotedPrintable)
        #expect(TransferEncoding(headerValue: "8BIT") == .eightBit)
        #expect(TransferEncoding(headerValue: "binary") == .binary)
        #expect(TransferEncoding(headerValue: "x-uuencode") == .other("x-uuencode"))
        #expect(TransferEncoding.other("x").decode([1, 2]) == [1, 2])
    }
}

@Suite struct LimitTests {
    private func flatMultipart(parts: Int) -> [UInt8] {
        var lines = ["Content-Type: multipart/mixed; boundary=b", ""]
        for index in 0..<parts {
            lines += ["--b", "", "part \(index)"]
        }
        lines.append("--b--")
        return mimeBytes(lines)
    }

    private func nestedMultipart(depth: Int) -> [UInt8] {
        var lines: [String] = []
        for level in 0..<depth {
            lines += ["Content-Type: multipart/mixed; boundary=b\(level)", "", "--b\(level)"]
        }
        lines += ["", "deepest"]
        for level in (0..<depth).reversed() {
            lines.append("--b\(level)--")
        }
        return mimeBytes(lines)
    }

    @Test func hundredPartsAreAccepted() throws {
        let parsed = try MIMEMessage(bytes: flatMultipart(parts: 100))
        #expect(parsed.root.parts.count == 100)
    }

    @Test func hundredAndOnePartsAreRefused() {
        #expect(throws: MIMEError.tooManyParts(limit: 100)) {
            try MIMEMessage(bytes: flatMultipart(parts: 101))
        }
    }

    @Test func nestedPartsCountTowardsTheLimit() {
        let limits = MIMELimits(maxParts: 3)
        #expect(throws: MIMEError.tooManyParts(limit: 3)) {
            try MIMEMessage(bytes: nestedMultipart(depth: 4), limits: limits)
        }
        #expect(throws: Never.self) {
            try MIMEMessage(bytes: nestedMultipart(depth: 3), limits: limits)
        }
    }

    @Test func tenLevelsOfNestingAreAccepted() throws {
        let parsed = try MIMEMessage(bytes: nestedMultipart(depth: 10))
        let leaf = try #require(parsed.leaves().first)
        #expect(String(decoding: leaf.body, as: UTF8.self) == "deepest")
        #expect(ParsedEmail(message: parsed).textBody == "deepest")
    }

    @Test func elevenLevelsOfNestingAreRefused() {
        #expect(throws: MIMEError.tooDeep(limit: 10)) {
            try MIMEMessage(bytes: nestedMultipart(depth: 11))
        }
    }

    @Test func millionsOfDelimitersFailFast() {
        let body = Array(String(repeating: "--b\n", count: 500_000).utf8)
        let bytes = Array("Content-Type: multipart/mixed; boundary=b\n\n".utf8) + body
        #expect(throws: MIMEError.tooManyParts(limit: 100)) {
            try MIMEMessage(bytes: bytes)
        }
    }

    @Test func oversizedInputIsRefusedBeforeParsing() {
        let limit = 32 * 1024 * 1024
        let bytes = [UInt8](repeating: 0x61, count: limit + 1)
        #expect(throws: MIMEError.tooLarge(size: limit + 1, limit: limit)) {
            try MIMEMessage(bytes: bytes)
        }
        #expect(throws: MIMEError.tooLarge(size: limit + 1, limit: limit)) {
            try ParsedEmail(data: Data(bytes))
        }
    }

    @Test func sizeLimitIsInclusive() {
        let bytes = mimeBytes(["Subject: a", "", "b"])
        #expect(throws: Never.self) {
            try MIMEMessage(bytes: bytes, limits: MIMELimits(maxBytes: bytes.count))
        }
        #expect(throws: MIMEError.tooLarge(size: bytes.count, limit: bytes.count - 1)) {
            try MIMEMessage(bytes: bytes, limits: MIMELimits(maxBytes: bytes.count - 1))
        }
    }

    @Test func randomBytesNeverCrash() throws {
        var generator = SplitMix64(state: 7)
        let alphabet = Array("Content-Type: multipart/mixed; boundary=b\r\n--b\r\n=?utf-8?B?<>\"()&#;\t ".utf8)
        for _ in 0..<300 {
            let count = Int.random(in: 0...600, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator)
                    ? alphabet.randomElement(using: &generator) ?? 0 : UInt8.random(in: 0...255, using: &generator)
            }
            let mail = try ParsedEmail(bytes: bytes)
            #expect(mail.textBody.count <= count + 1)
        }
    }
}
