import AspirasiCore
import Foundation
import XCTest

@testable import AspirasiWeb

/// The queue page on a large database: counts past the cap read "10.000+", and the pager has no last page.
final class QueueScreenTests: XCTestCase {
    func testCountsAreGroupedAndALowerBoundSaysSo() {
        XCTAssertEqual(ShownCount(0).text, "0")
        XCTAssertEqual(ShownCount(999).text, "999")
        XCTAssertEqual(ShownCount(1_234).text, "1.234")
        XCTAssertEqual(ShownCount(1_000_000).text, "1.000.000")
        XCTAssertEqual(ShownCount(10_000, exact: false).text, "10.000+")
    }

    func screen(total: ShownCount, page: Int, rows: Int) -> String {
        var query = QueueQuery()
        query.page = page
        let row = QueueRow(
            trackingNumber: "2611-0000001", status: .menunggu, overdue: false, category: "Sampah", kelurahan: nil,
            channel: "sms", createdAt: Date(), summary: "sampah menumpuk")
        var counts = Dictionary(uniqueKeysWithValues: ReportStatus.allCases.map { ($0, ShownCount(0)) })
        counts[.menunggu] = ShownCount(10_000, exact: false)
        counts[.proses] = ShownCount(2_500)
        let screen = QueueScreen(
            query: query, rows: Array(repeating: row, count: rows), total: total, perPage: 25, counts: counts,
            overdueCount: ShownCount(10_000, exact: false), categories: [], kelurahans: [])
        return screen.render(viewer: Viewer(displayName: "A", unitName: "B", role: .koordinator, csrfToken: "t"))
            .rendered
    }

    func testALargeQueueShowsLowerBoundsAndNoLastPage() {
        let html = screen(total: ShownCount(10_000, exact: false), page: 1, rows: 25)
        XCTAssertTrue(html.contains("10.000+ laporan"), html)
        XCTAssertTrue(html.contains("Menunggu<span class=\"count\">10.000+</span>"))
        XCTAssertTrue(html.contains("Proses<span class=\"count\">2.500</span>"))
        XCTAssertTrue(html.contains("Semua<span class=\"count\">12.500+</span>"))
        XCTAssertTrue(html.contains("Terlambat<span class=\"count\">10.000+</span>"))
        // Pages 1 to 3 and the next; page 400 (the count's last) is not offered as the last.
        XCTAssertTrue(html.contains("rel=\"next\""))
        XCTAssertTrue(html.contains("page=3\""))
        XCTAssertFalse(html.contains("page=400\""))
        // Past the count, the next page is offered while pages are full.
        let deep = screen(total: ShownCount(10_000, exact: false), page: 450, rows: 25)
        XCTAssertTrue(deep.contains("page=451\" rel=\"next\""), deep)
    }

    func testAnExactTotalKeepsItsLastPage() {
        let html = screen(total: ShownCount(1_000), page: 1, rows: 25)
        XCTAssertTrue(html.contains("1.000 laporan"))
        XCTAssertTrue(html.contains("page=40\""))
        XCTAssertFalse(html.contains("page=41\""))
    }
}
