import Testing

@testable import MailKit

struct IMAPParserTests {
    static func raw(_ parts: IMAPRawResponse.Part...) -> IMAPRawResponse {
        IMAPRawResponse(parts: parts)
    }

    static func text(_ string: String) -> IMAPRawResponse.Part {
        .text(Array(string.utf8))
    }

    @Test func fetchWithLiteralAndUnaskedFlags() throws {
        let body = Array("a)\r\n{3}\r\n\"x\"".utf8) + [0xFF, 0x00]
        let response = try IMAPResponse.parse(
            Self.raw(
                Self.text("* 12 FETCH (FLAGS (\\Seen $Junk) UID 7 BODY[] {\(body.count)}"),
                .literal(body),
                Self.text(" INTERNALDATE \"17-Jul-1996 02:44:25 -0700\")")
            )
        )
        guard case .fetch(let sequence, let attributes) = response else {
            Issue.record("not a FETCH: \(response)")
            return
        }
        #expect(sequence == 12)
        #expect(attributes.uid == 7)
        #expect(attributes.body == body)
        #expect(attributes.flags == ["\\Seen", "$Junk"])
    }

    @Test func fetchWithQuotedBodyNilAndSections() throws {
        let quoted = try IMAPResponse.parse(
            Self.raw(Self.text("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] NIL UID 3 BODY[] \"a \\\"b\\\" \\\\c\")"))
        )
        guard case .fetch(_, let attributes) = quoted else {
            Issue.record("not a FETCH")
            return
        }
        #expect(attributes.uid == 3)
        #expect(attributes.body == Array("a \"b\" \\c".utf8))

        let null = try IMAPResponse.parse(Self.raw(Self.text("* 1 FETCH (UID 4 BODY[] NIL RFC822.SIZE 99)")))
        guard case .fetch(_, let nullAttributes) = null else {
            Issue.record("not a FETCH")
            return
        }
        #expect(nullAttributes.body == nil)
        #expect(nullAttributes.size == 99)
    }

    @Test func malformedFetchDataIsAProtocolErrorNotACrash() {
        let inputs = [
            "* 1 FETCH (UID 4 BODY[] \"unterminated)",
            "* 1 FETCH UID 4",
            "* 1 FETCH (UID 4 FLAGS (\\Seen",
            "* 1 FETCH (" + String(repeating: "(", count: 100),
            "* 1 FETCH (UID 4 BODY[] {5}",
        ]
        for input in inputs {
            #expect(throws: IMAPError.self) { try IMAPResponse.parse(Self.raw(Self.text(input))) }
        }
    }

    @Test func statusResponsesAndCodes() throws {
        let tagged = try IMAPResponse.parse(Self.raw(Self.text("A7 OK [APPENDUID 38505 3955] APPEND done")))
        guard case .tagged(let tag, .ok, let code?, let text) = tagged else {
            Issue.record("not tagged OK")
            return
        }
        #expect(tag == "A7")
        #expect(code.name == "APPENDUID")
        #expect(code.words == ["38505", "3955"])
        #expect(text == "APPEND done")

        let odd = try IMAPResponse.parse(Self.raw(Self.text("* OK [ALERT] unbalanced ( \" text")))
        guard case .status(.ok, let oddCode?, _) = odd else {
            Issue.record("not OK")
            return
        }
        #expect(oddCode.name == "ALERT")

        guard case .exists(17) = try IMAPResponse.parse(Self.raw(Self.text("* 17 EXISTS"))) else {
            Issue.record("not EXISTS")
            return
        }
        guard case .continuation = try IMAPResponse.parse(Self.raw(Self.text("+ idling"))) else {
            Issue.record("not continuation")
            return
        }
        #expect(throws: IMAPError.self) { try IMAPResponse.parse(Self.raw(Self.text("garbage"))) }
        #expect(throws: IMAPError.self) { try IMAPResponse.parse(Self.raw(Self.text(""))) }
    }

    @Test func literalMarkers() throws {
        #expect(try IMAPResponseReader.literalSize(endingLine: Array("* 1 FETCH (BODY[] {123}".utf8)) == 123)
        #expect(try IMAPResponseReader.literalSize(endingLine: Array("A1 APPEND x {5+}".utf8)) == 5)
        #expect(try IMAPResponseReader.literalSize(endingLine: Array("* OK no literal".utf8)) == nil)
        #expect(try IMAPResponseReader.literalSize(endingLine: Array("* OK {abc}".utf8)) == nil)
        #expect(throws: IMAPError.self) {
            try IMAPResponseReader.literalSize(endingLine: Array("* 1 FETCH (BODY[] {99999999999999999999}".utf8))
        }
    }

    @Test func commandEncoding() throws {
        var command = IMAPCommand("LOGIN")
        try command.addString("us\"er\\")
        try command.addString("pässword")
        guard case .text(let quoted) = command.parts[0], case .literal(let literal) = command.parts[1] else {
            Issue.record("unexpected parts")
            return
        }
        #expect(quoted == Array("\"us\\\"er\\\\\"".utf8))
        #expect(literal == Array("pässword".utf8))
        #expect(throws: IMAPError.self) { try command.addString("nul\u{0}") }
        #expect(throws: IMAPError.self) { try command.addMailbox("bad\r\nname") }
        #expect(try IMAPCommand.flagList(["\\Seen", "$Label"]) == "(\\Seen $Label)")
        #expect(throws: IMAPError.self) { try IMAPCommand.flagList(["\\Seen) (x"]) }
        #expect(IMAPSequenceSet.format([7, 1, 2, 3, 3, 9, 10]) == "1:3,7,9:10")
        #expect(IMAPSequenceSet.chunks(Array(1...1001), size: 500).map(\.count) == [500, 500, 1])
    }
}
