/// Where an admin may set a polled feed to start from: a first start from now
/// instead of from the beginning of a mailbox or feed, or a rewind after an
/// incident (the intake's dedupe makes re-reading safe). Each feed's cursor
/// has its own shape, given by its channel (`ChannelUnit.cursorShapes`) and
/// checked here so a typo cannot send a poller back to the beginning.
enum FeedCursor {
    /// Nil when `value` is a valid cursor for `feed`; else what it should look like.
    static func problem(feed: String, value: String) -> String? {
        let shapes = ChannelRegistry.units.flatMap { $0.cursorShapes }
        guard let shape = shapes.first(where: { $0.matches(feed) }) else {
            return "this feed's cursor cannot be set (feeds: \(shapes.map(\.name).joined(separator: ", ")))"
        }
        return shape.problem(value)
    }
}
