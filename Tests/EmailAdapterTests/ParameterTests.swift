import Testing

@testable import EmailAdapter
@testable import MailKit

@Suite struct ContentTypeTests {
    @Test func typeSubtypeAndParameters() {
        let type = ContentType(headerValue: "text/plain; charset=\"UTF-8\"; format=flowed")
        #expect(type.mimeType == "text/plain")
        #expect(type.parameters == ["charset": "UTF-8", "format": "flowed"])
        #expect(type.charset == .utf8)
    }

    @Test func caseAndSpacingAreNormalised() {
        let type = ContentType(headerValue: "TEXT/HTML ; CHARSET = iso-8859-1")
        #expect(type.mimeType == "text/html")
        #expect(type.parameters["charset"] == "iso-8859-1")
        #expect(type.charset == .windows1252)
    }

    @Test func commentsAreIgnored() {
        let type = ContentType(headerValue: "text/plain (a comment); (another) charset=utf-8")
        #expect(type.mimeType == "text/plain")
        #expect(type.parameters["charset"] == "utf-8")
    }

    /// Found by `make fuzz` (mime): a comment cut off after a backslash stepped past the header's end.
    @Test func aCommentEndingInABackslashEndsTheHeader() {
        let type = ContentType(headerValue: "multipart/alternative; charset=utf-8; (boundary=\\")
        #expect(type.mimeType == "multipart/alternative")
        #expect(type.parameters == ["charset": "utf-8"])
        #expect(ContentType(headerValue: "text/plain (\\").mimeType == "text/plain")
    }

    @Test func missingOrInvalidMeansTextPlain() {
        #expect(ContentType(headerValue: nil) == .textPlain)
        #expect(ContentType(headerValue: nil).charset == .usASCII)
        let broken = ContentType(headerValue: "text; charset=utf-8")
        #expect(broken.mimeType == "text/plain")
        #expect(broken.parameters["charset"] == "utf-8")
        #expect(ContentType(headerValue: "/html").mimeType == "text/plain")
        #expect(ContentType(headerValue: "").mimeType == "text/plain")
    }

    @Test func boundary() {
        let type = ContentType(headerValue: "multipart/mixed;\r\n boundary=\"==b; x==\"")
        #expect(type.isMultipart)
        #expect(type.boundary == "==b; x==")
        #expect(ContentType(headerValue: "multipart/mixed; boundary=\"\"").boundary == nil)
    }
}

@Suite struct RFC2231Tests {
    private func filename(_ header: String) -> String? {
        ContentDisposition(headerValue: header)?.filename
    }

    @Test func quotedValuesWithEscapesAndSemicolons() {
        #expect(filename("attachment; filename=\"a\\\"b;c.txt\"") == "a\"b;c.txt")
        #expect(ContentDisposition(headerValue: "ATTACHMENT; filename=x")?.isAttachment == true)
        #expect(ContentDisposition(headerValue: "inline")?.isInline == true)
        #expect(ContentDisposition(headerValue: nil) == nil)
    }

    @Test func unquotedValueWithSpaces() {
        #expect(filename("attachment; filename=my file.pdf ") == "my file.pdf")
    }

    @Test func extendedValue() {
        #expect(filename("attachment; filename*=utf-8''caf%C3%A9%20%E2%82%AC.pdf") == "café €.pdf")
        #expect(filename("attachment; filename*=iso-8859-1'id'caf%E9.txt") == "café.txt")
        #expect(filename("attachment; filename*=''plain%20name.txt") == "plain name.txt")
    }

    @Test func continuationsJoinInSectionOrder() {
        let mixed = "attachment; filename*0*=utf-8''Laporan%20; filename*1=\"banjir \"; filename*2*=%F0%9F%8C%8A.jpg"
        #expect(filename(mixed) == "Laporan banjir 🌊.jpg")
        #expect(filename("attachment; filename*1=b.txt; filename*0=a") == "ab.txt")
        #expect(filename("attachment;\r\n filename*0=\"long \";\r\n filename*1=\"name.pdf\"") == "long name.pdf")
    }

    @Test func extendedFormWinsOverPlain() {
        #expect(filename("attachment; filename=\"fallback.pdf\"; filename*=utf-8''r%C3%A9el.pdf") == "réel.pdf")
        #expect(filename("attachment; filename*=utf-8''r%C3%A9el.pdf; filename=\"fallback.pdf\"") == "réel.pdf")
    }

    @Test func brokenPercentEscapesStayLiteral() {
        #expect(filename("attachment; filename*=utf-8''100%zz%4.txt") == "100%zz%4.txt")
    }

    @Test func extendedValueWithoutCharsetPart() {
        #expect(filename("attachment; filename*=caf%C3%A9.txt") == "café.txt")
    }

    @Test func partFilenameDecodesEncodedWordsAndDropsControls() throws {
        let encoded = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: image/jpeg",
                "Content-Disposition: attachment; filename=\"=?utf-8?B?Zm90byBiYW5qaXIuanBn?=\"",
                "", "x",
            ]))
        #expect(encoded.root.filename == "foto banjir.jpg")
        let controls = try MIMEMessage(
            bytes: mimeBytes([
                "Content-Type: text/plain", "Content-Disposition: attachment; filename*=utf-8''a%0D%0Ab%00.txt", "",
                "x",
            ]))
        #expect(controls.root.filename == "ab.txt")
        let legacy = try MIMEMessage(bytes: mimeBytes(["Content-Type: image/png; name=\"scan.png\"", "", "x"]))
        #expect(legacy.root.filename == "scan.png")
    }
}
