import Testing

@testable import ChannelKit

@Suite struct HTMLTextTests {
    @Test func namedAndNumericEntities() {
        let html = "Caf&eacute; &amp; &lt;b&gt; &#233; &#xE9; &#XE9; &quot;x&quot; &apos;y&apos; &copy; &ndash;"
        #expect(HTMLText.plainText(html) == "Café & <b> é é é \"x\" 'y' © –")
    }

    @Test func invalidNumericReferencesBecomeReplacementCharacters() {
        let html = "&#0; &#xD800; &#x110000; &#99999999999; &#1;"
        #expect(HTMLText.plainText(html) == "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}")
        #expect(HTMLText.plainText("&#150; &#146;") == "– ’")
    }

    @Test func unknownOrUnterminatedReferencesStayLiteral() {
        #expect(HTMLText.plainText("&bogus; AT&T & &amp &#x; &#") == "&bogus; AT&T & &amp &#x; &#")
    }

    @Test func decodedMarkupIsNotReparsed() {
        #expect(HTMLText.plainText("&lt;script&gt;alert(1)&lt;/script&gt;") == "<script>alert(1)</script>")
    }

    @Test func scriptStyleAndHeadAreDropped() {
        let html = """
            <html><head><title>T</title><style>p { color: red }</style></head>
            <body><p>Hi</p><SCRIPT type="text/javascript">var a = '<p>x</p>';</SCRIPT>
            <style>.x{}</style>there<noscript>enable js</noscript></body></html>
            """
        #expect(HTMLText.plainText(html) == "Hi\n\nthere")
    }

    @Test func unclosedScriptDropsTheRestAndHeadWithoutCloseEndsAtBody() {
        #expect(HTMLText.plainText("a<script>b<p>c") == "a")
        #expect(HTMLText.plainText("<head><title>T</title><body>isi") == "isi")
        #expect(HTMLText.plainText("<script src='x.js'/>ok") == "ok")
    }

    @Test func blockStructure() {
        let html = "<h1>Judul</h1><div>a</div><div>b</div>x<br><br/><br><BR>y<ol><li>satu</li><li>dua</ol>z"
        #expect(HTMLText.plainText(html) == "Judul\n\na\nb\nx\n\ny\n- satu\n- dua\nz")
    }

    @Test func whitespaceIsCollapsedAndTrimmed() {
        #expect(HTMLText.plainText("  a \n\t b   c  \n") == "a b c")
        #expect(HTMLText.plainText("<p>  a  </p>\n\n\n<p> b </p>") == "a\n\nb")
        #expect(HTMLText.plainText("<table><tr><td>1</td><td>2</td></tr></table>") == "1 2")
    }

    @Test func oddInputNeverCrashes() {
        #expect(HTMLText.plainText("a < b and c<d") == "a < b and c<d")
        #expect(HTMLText.plainText("<3 <") == "<3 <")
        #expect(HTMLText.plainText("x <a href=\"y") == "x <a href=\"y")
        #expect(HTMLText.plainText("<a href=\"x>y\">link</a>") == "link")
        #expect(HTMLText.plainText("a<!-- never closed") == "a")
        #expect(HTMLText.plainText("<![CDATA[raw <b>") == "raw <b>")
        #expect(HTMLText.plainText("<!DOCTYPE html><p>ok") == "ok")
        for odd in ["", "<", "&", "<<<>>>", "</", "<!", "<?", "<a", "&#x", "\u{0}", "<p\u{0}>"] {
            _ = HTMLText.plainText(odd)
        }
    }

    @Test func outputIsBounded() {
        let huge = String(repeating: "<b>x</b> ", count: 120_000)
        #expect(HTMLText.plainText(huge).unicodeScalars.count <= HTMLText.maxOutputScalars)
        let tags = String(repeating: "<a ", count: 50_000)
        #expect(HTMLText.plainText(tags).hasPrefix("<a <a"))
    }

    @Test func latin1TableIsComplete() {
        #expect(HTMLEntities.latin1.count == 96)
        #expect(HTMLEntities.named["yuml"] == "ÿ")
        #expect(HTMLEntities.named["szlig"] == "ß")
    }
}
