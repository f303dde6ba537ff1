import Testing

@testable import MailKit

@Suite struct MessageIDTests {
    @Test func bracketedIDs() {
        #expect(MessageIDList.parse("<a@b>") == ["a@b"])
        #expect(MessageIDList.parse("  <a@b> ") == ["a@b"])
        #expect(MessageIDList.parse("<a@b><c@d>") == ["a@b", "c@d"])
    }

    @Test func referencesInOrderDespiteFoldingCommasAndComments() {
        let value = "<root@x> (first)\r\n <mid@x>,\t<leaf@x> (last one)"
        #expect(MessageIDList.parse(value) == ["root@x", "mid@x", "leaf@x"])
    }

    @Test func obsoletePhrasesAreIgnored() {
        #expect(MessageIDList.parse("Your message of Tue <id@x> (Budi's)") == ["id@x"])
        #expect(MessageIDList.parse("Your message of Tue, 1 Jul 2025").isEmpty)
    }

    @Test func idsWithoutBrackets() {
        #expect(MessageIDList.parse("a@b c@d") == ["a@b", "c@d"])
        #expect(MessageIDList.parse("").isEmpty)
    }

    @Test func commentsCannotSmuggleIDs() {
        #expect(MessageIDList.parse("(<fake@x>) <real@x>") == ["real@x"])
    }

    @Test func unclosedBracketYieldsNothing() {
        #expect(MessageIDList.parse("<a@b").isEmpty)
        #expect(MessageIDList.parse("<a@b <c@d>") == ["c@d"])
    }

    @Test func whitespaceInsideBracketsIsRemoved() {
        #expect(MessageIDList.parse("<long-id\r\n @example.com>") == ["long-id@example.com"])
        #expect(MessageIDList.parse("<>").isEmpty)
    }
}
