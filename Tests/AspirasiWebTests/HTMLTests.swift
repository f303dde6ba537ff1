import AspirasiCore
import XCTest

@testable import AspirasiWeb

final class HTMLTests: XCTestCase {
    func testInterpolatedTextIsEscaped() {
        let attack = "<script>alert('x')</script> & \"quoted\""
        let html: HTML = "<p title=\"\(attack)\">\(attack)</p>"
        XCTAssertEqual(
            html.rendered,
            "<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;\">"
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;</p>")
        XCTAssertFalse(html.rendered.contains("<script>"))
    }

    func testInterpolatedHTMLIsInsertedAsItIs() {
        let inner: HTML = "<b>\("a<b")</b>"
        let outer: HTML = "<p>\(inner)</p>"
        XCTAssertEqual(outer.rendered, "<p><b>a&lt;b</b></p>")
        // Escaped once, never twice.
        XCTAssertFalse(outer.rendered.contains("&amp;lt;"))
    }

    func testArraysAndNumbersAndControlCharacters() {
        let parts: [HTML] = ["<li>\("1")</li>", "<li>\("2")</li>"]
        XCTAssertEqual(("<ul>\(parts)</ul>" as HTML).rendered, "<ul><li>1</li><li>2</li></ul>")
        XCTAssertEqual(("\(42)" as HTML).rendered, "42")
        XCTAssertEqual(HTML.escape("a\u{0}b\u{1B}c\nd"), "abc\nd")
    }

    func testCitizenTextOnTheReportPageIsEscaped() {
        var screen = ReportScreen(
            trackingNumber: "2611-0000013", status: .menunggu, rejectReason: nil, overdue: true,
            category: "Jalan", description: "<img src=x onerror=alert(1)>", area: nil, ownerUnit: nil,
            handlerUnit: nil, channel: "sms", createdAt: Date(), deadlines: [], map: nil, photos: [],
            timeline: [TimelineEntry(time: Date(), kind: .message(channel: "sms"), text: "</li><script>x</script>")],
            related: [], followers: [],
            actions: ActionForms(allowed: [.note], agencies: [], defaultAgency: nil, kelurahans: []))
        screen.now = Date()
        let page = screen.render(viewer: Viewer(displayName: "A", unitName: "B", role: .petugas, csrfToken: "tok\"en"))
            .rendered
        XCTAssertFalse(page.contains("<img src=x"))
        XCTAssertFalse(page.contains("<script>x"))
        XCTAssertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        XCTAssertTrue(page.contains("Terlambat"))
        // Every form carries the CSRF token, escaped in its attribute.
        XCTAssertTrue(page.contains("name=\"csrf_token\" value=\"tok&quot;en\""))
    }

    func testStatusIsNeverColourAlone() {
        for status in ReportStatus.allCases {
            let badge = StatusBadge.badge(status).rendered
            XCTAssertTrue(badge.contains(StatusBadge.label(status)), "\(status) shows its word")
            XCTAssertTrue(badge.contains("<svg"), "\(status) shows an icon")
        }
        XCTAssertEqual(StatusBadge.tone(.menunggu), "red")
        XCTAssertEqual(StatusBadge.tone(.disposisi), "yellow")
        XCTAssertEqual(StatusBadge.tone(.selesai), "green")
        XCTAssertEqual(StatusBadge.tone(.ditolak), "grey")
    }

    func testTheMenuFollowsTheRoleAndTheScope() {
        func menu(_ role: Role, province: Bool) -> String {
            let viewer = Viewer(displayName: "A", unitName: "B", role: role, csrfToken: "t", provinceWide: province)
            return Layout.page(title: "T", viewer: viewer, HTML.empty).rendered
        }
        XCTAssertFalse(menu(.petugas, province: false).contains("Pilah Laporan"))
        XCTAssertTrue(menu(.koordinator, province: false).contains("Pilah Laporan"))
        XCTAssertFalse(menu(.koordinator, province: true).contains("/console/admin/officers"))
        let kelurahanAdmin = menu(.admin, province: false)
        XCTAssertTrue(kelurahanAdmin.contains("/console/admin/officers"))
        XCTAssertFalse(kelurahanAdmin.contains("/console/admin/keys"))
        XCTAssertTrue(menu(.admin, province: true).contains("/console/admin/keys"))
    }

    func testLinksPercentEncodeTheirValues() {
        XCTAssertEqual(
            Link.to("/console/reports", [("q", "jalan rusak&x=<1>"), ("status", nil), ("page", "")]),
            "/console/reports?q=jalan%20rusak%26x%3D%3C1%3E")
    }
}
