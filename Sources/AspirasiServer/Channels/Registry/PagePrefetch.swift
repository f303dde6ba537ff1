import AspirasiCore
import AspirasiStore

/// The next page of a feed with a backlog, fetched while the current page is taken in.
///
/// A paged poller used to wait for each page's fetch after the last page's commit, so the provider's
/// answer time was added to every page while a backlog drained. A page says where the next one starts
/// (its cursor), so that page is asked for at once; the next round uses it only if the cursor it locks
/// is that very cursor (its own commit went through and no other hub moved the feed), and fetches
/// afresh otherwise. Only pages that say more is waiting are followed, so a quiet feed is asked no more
/// often than before.
actor PagePrefetch {
    typealias Fetch = @Sendable (_ cursor: String?) async throws -> PolledIntake.Page

    private var next: (cursor: String, page: Task<PolledIntake.Page, any Error>)?

    /// The page at `cursor`: the one fetched ahead if it was for this cursor (and arrived), else fetched now.
    /// Either way the page after it is then asked for, when there is more.
    func page(at cursor: String?, _ fetch: @escaping Fetch) async throws -> PolledIntake.Page {
        let ahead = next
        next = nil
        var page: PolledIntake.Page?
        if let ahead {
            if ahead.cursor == cursor {
                // A failed fetch ahead is not this round's failure: the page is asked for again below.
                page = try? await ahead.page.value
            } else {
                ahead.page.cancel()
            }
        }
        let current: PolledIntake.Page
        if let page {
            current = page
        } else {
            current = try await fetch(cursor)
        }
        if current.hasMore, let following = current.cursor, following != cursor {
            next = (following, Task { try await fetch(following) })
        }
        return current
    }

    /// Drops a page fetched ahead (the poller stops).
    func cancel() {
        next?.page.cancel()
        next = nil
    }
}
