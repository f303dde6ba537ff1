import Testing

@testable import EmailAdapter
@testable import MailKit

@Suite struct HeaderTests {
    private func parse(_ text: String) -> (MIMEHeaders, String) {
        let bytes = Array(text.utf8)
        let (headers, body) = HeaderBlockParser.parse(bytes[...])
        return (headers, String(decoding: body, as: UTF8.self))
    }

    @Test func unfoldingKeepsTheWhitespace() {
        let (headers, body) = parse("Subject: Jalan\r\n rusak\r\n\tparah\r\n\r\nisi")
        #expect(headers["Subject"] == "Jalan rusak\tparah")
        #expect(body == "isi")
    }

    @Test func lookupIsCaseInsensitive() {
        let (headers, _) = parse("SUBJECT: a\r\nmessage-id: <x@y>\r\n\r\n")
        #expect(headers["subject"] == "a")
        #expect(headers["Subject"] == "a")
        #expect(headers["Message-ID"] == "<x@y>")
        #expect(headers["X-Missing"] == nil)
        #expect(headers.fields.map(\.name) == ["SUBJECT", "message-id"])
    }

    @Test func repeatedFieldsKeepTheirOrder() {
        let (headers, _) = parse("Received: one\r\nSubject: s\r\nreceived: two\r\n\r\n")
        #expect(headers.values("Received") == ["one", "two"])
        #expect(headers["Received"] == "one")
        #expect(headers.values("X-None").isEmpty)
    }

    @Test func lfOnlyLineEnds() {
        let (headers, body) = parse("Subject: a\n b\nFrom: x@y\n\nline1\nline2\n")
        #expect(headers["Subject"] == "a b")
        #expect(headers["From"] == "x@y")
        #expect(body == "line1\nline2\n")
    }

    @Test func bodyIsExactlyWhatFollowsTheBlankLine() {
        let (_, body) = parse("A: 1\r\n\r\n\r\n body with leading blank line\r\n")
        #expect(body == "\r\n body with leading blank line\r\n")
    }

    @Test func emptyValuesAndOddSpacing() {
        let (headers, _) = parse("X-Empty:\r\nSubject:x\r\nObsolete : y\r\n\r\n")
        #expect(headers.contains("X-Empty"))
        #expect(headers["X-Empty"] == "")
        #expect(headers["Subject"] == "x")
        #expect(headers["Obsolete"] == "y")
    }

    @Test func mboxFromLineIsSkipped() {
        let (headers, body) = parse("From budi@example.co.id Tue Jul  1 09:30:15 2025\nSubject: a\n\nb")
        #expect(headers.fields.map(\.name) == ["Subject"])
        #expect(body == "b")
    }

    @Test func aNonHeaderLineStartsTheBody() {
        let (headers, body) = parse("Subject: a\r\nthis is not a header\r\nB: c\r\n")
        #expect(headers.fields.map(\.name) == ["Subject"])
        #expect(body == "this is not a header\r\nB: c\r\n")
    }

    @Test func headersWithoutBody() {
        let (headers, body) = parse("Subject: a\r\nFrom: b")
        #expect(headers["From"] == "b")
        #expect(body == "")
        let (none, empty) = parse("")
        #expect(none.fields.isEmpty)
        #expect(empty == "")
    }

    @Test func continuationBeforeAnyFieldIsDropped() {
        let (headers, _) = parse(" stray\r\nSubject: a\r\n\r\n")
        #expect(headers.fields == [HeaderField(name: "Subject", value: "a")])
    }

    @Test func eightBitHeaderBytes() {
        let bytes = Array("Subject: caf".utf8) + [0xE9] + Array("\r\nX-Utf8: café\r\n\r\n".utf8)
        let (headers, _) = HeaderBlockParser.parse(bytes[...])
        #expect(headers["Subject"] == "café")
        #expect(headers["X-Utf8"] == "café")
    }

    @Test func bareCarriageReturnInValueBecomesSpace() {
        let (headers, _) = parse("Subject: a\rBcc: b\r\n\r\n")
        #expect(headers["Subject"] == "a Bcc: b")
        #expect(!headers.contains("Bcc"))
    }

    @Test func parsedEmailDecodesSubjectAndStripsControls() throws {
        let mail = try parsedMail([
            "Subject: =?utf-8?q?Halo=0D=0ABcc=3A_x?= dunia", "", "",
        ])
        #expect(mail.subject == "Halo  Bcc: x dunia")
    }

    @Test func emptyMessage() throws {
        let mail = try ParsedEmail(bytes: [])
        #expect(mail.subject == nil)
        #expect(mail.from == nil)
        #expect(mail.textBody == "")
        #expect(mail.attachments.isEmpty)
        #expect(!mail.isAutomated)
    }
}
