import Foundation
import Testing

@testable import ForumAdapter

@Suite struct FeedSafetyTests {
    func parseError(_ text: String) -> FeedError? {
        parseError(Fixtures.data(text))
    }

    func parseError(_ data: Data) -> FeedError? {
        do {
            _ = try FeedParser.parse(data)
            return nil
        } catch {
            return error
        }
    }

    @Test func xxeIsRejected() {
        #expect(parseError(Fixtures.xxe) == .doctypeNotAllowed)
    }

    /// Defence in depth: even with the byte scan bypassed, XMLParser must not
    /// put the file into the tree.
    @Test func xxeFileContentNeverAppearsEvenWithoutTheByteScan() throws {
        let tree = try? XMLTreeReader.read(Fixtures.data(Fixtures.xxe))
        let text = tree?.deepText ?? ""
        #expect(!text.contains("root:"))
        if let passwd = try? String(contentsOfFile: "/etc/passwd", encoding: .utf8),
            let firstLine = passwd.split(separator: "\n").first
        {
            #expect(!text.contains(firstLine))
        }
    }

    @Test func billionLaughsIsRejectedBeforeExpansion() {
        #expect(parseError(Fixtures.billionLaughs) == .doctypeNotAllowed)
    }

    /// Defence in depth: the delegate aborts on the DTD's element declaration.
    @Test func billionLaughsIsRejectedByTheParserDelegateToo() {
        #expect(throws: FeedError.doctypeNotAllowed) {
            try XMLTreeReader.read(Fixtures.data(Fixtures.billionLaughs))
        }
    }

    @Test func publicIDDoctypeIsRejected() {
        #expect(parseError(Fixtures.publicDoctype) == .doctypeNotAllowed)
    }

    @Test(arguments: [
        "\u{FEFF}<!doctype rss><rss/>",
        "<!-- c --><?pi x?>\n<!DocType rss SYSTEM \"rss.dtd\"><rss/>",
        "<rss><channel><!ENTITY x \"y\"></channel></rss>",
        "<rss version=\"2.0\"/><!DOCTYPE rss>",
    ])
    func doctypeVariantsAreRejected(_ text: String) {
        #expect(parseError(text) == .doctypeNotAllowed)
    }

    /// Found by `make fuzz` (target `feed`): XMLParser on Linux dies on `<?name?>` anywhere in a document.
    @Test(arguments: ["<?x?><rss/>", "<rss><channel><?x?></channel></rss>", "<?qsnodi?><rS$><chl></rss>\u{15}"])
    func processingInstructionsWithoutDataNeverReachTheParser(_ text: String) {
        #expect(parseError(text) == .processingInstructionWithoutData)
    }

    @Test func processingInstructionsWithDataAndCommentsHoldingOneAreFine() throws {
        let xml = """
            <?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><?x ?><!-- <?y?> -->
            <rss version="2.0"><channel><item><guid>1</guid>
            <description><![CDATA[<?php echo 1?>]]>Halo</description></item></channel></rss>
            """
        #expect(try FeedParser.parse(Fixtures.data(xml)).entries.first?.text.contains("Halo") == true)
    }

    @Test func doctypeTextInsideCDATAOrCommentsIsFine() throws {
        let xml = """
            <!-- <!DOCTYPE not-really> -->
            <rss version="2.0"><channel><item><guid>1</guid>
            <description><![CDATA[<!DOCTYPE html><html><body><p>Halo</p></body></html>]]></description>
            </item></channel></rss>
            """
        #expect(try FeedParser.parse(Fixtures.data(xml)).entries.first?.text == "Halo")
    }

    @Test func nonUTF8EncodingsAreRejected() throws {
        let utf16 = try #require("<rss version=\"2.0\"><channel/></rss>".data(using: .utf16))
        #expect(parseError(utf16) == .unsupportedEncoding("UTF-16"))
        let utf16NoBOM = try #require("<rss><channel/></rss>".data(using: .utf16LittleEndian))
        #expect(parseError(utf16NoBOM) == .unsupportedEncoding("UTF-16 or UTF-32"))
        #expect(parseError("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss/>") == .unsupportedEncoding("UTF-16"))
        #expect(parseError(Data([0x4C, 0x6F, 0xA7, 0x94, 0x93])) == .unsupportedEncoding("EBCDIC"))
    }

    /// libxml2 honours an encoding declared after any amount of white space; in UTF-7 a DOCTYPE is
    /// `+ADw-!DOCTYPE`, which a byte scan cannot see, so the declaration is read however far it goes.
    @Test func anEncodingDeclaredPast512BytesIsStillChecked() {
        let padding = String(repeating: " ", count: 600)
        let utf7 = "<?xml version=\"1.0\"\(padding)encoding=\"UTF-7\"?>+ADw-!DOCTYPE r+AFs-+AD4-<rss/>"
        #expect(parseError(utf7) == .unsupportedEncoding("UTF-7"))
        #expect(parseError("<?xml version=\"1.0\"\(padding)") == .unsupportedEncoding("unterminated"))
        #expect(
            parseError("<?xml version=\"1.0\" encoding=UTF-7?><rss/>") == .unsupportedEncoding("unreadable declaration")
        )
        let fine = "<?xml version=\"1.0\"\(padding)encoding=\"utf-8\"?><rss version=\"2.0\"><channel/></rss>"
        #expect(parseError(fine) == nil)
    }

    @Test func malformedXMLNamesLineAndColumn() throws {
        let error = try #require(parseError("<rss>\n<channel><title>x</channel></rss>"))
        guard case .malformed(let message) = error else {
            Issue.record("expected malformed, got \(error)")
            return
        }
        #expect(message.contains("line 2"))
        #expect(message.contains("column"))
    }

    @Test(arguments: ["", "   ", "not xml at all", "<rss><channel>", "<rss><title>&nbsp;</title></rss>"])
    func otherMalformedInput(_ text: String) {
        guard case .malformed = parseError(text) else {
            Issue.record("expected malformed for \(text.debugDescription), got \(String(describing: parseError(text)))")
            return
        }
    }

    @Test func nonFeedRootIsNotAFeed() {
        #expect(parseError("<html><body><p>hi</p></body></html>") == .notAFeed)
        #expect(parseError("<feed xmlns=\"urn:other\"/>") == .notAFeed)
    }

    @Test func oversizedInputIsRejectedUnread() {
        #expect(parseError(Data(count: FeedParser.maxBytes + 1)) == .tooLarge)
    }

    @Test func deepNestingIsRejected() {
        let depth = 200
        let xml = "<rss>" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</rss>"
        guard case .malformed(let message) = parseError(xml) else {
            Issue.record("expected malformed")
            return
        }
        #expect(message.contains("nested"))
    }
}
