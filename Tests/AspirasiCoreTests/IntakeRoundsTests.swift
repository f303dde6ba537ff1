import AspirasiCore
import Testing

@Suite struct IntakeRoundsTests {
    func item(
        _ id: String, _ category: String = "jalan_rusak", at point: (Double, Double)? = (-6.1754, 106.8272),
        replyTo: String? = nil
    ) throws -> IntakeRounds.Item {
        let location = try point.map { try GeoPoint(latitude: $0.0, longitude: $0.1) }
        let message = InboundMessage(
            channel: .api, externalID: id, inReplyTo: replyTo, author: .init(handle: "h-\(id)"), text: "t",
            location: location)
        return IntakeRounds.Item(message: message, category: category)
    }

    @Test func independentMessagesShareOneRound() throws {
        let items = [
            try item("a"), try item("b", "sampah"), try item("c", at: (-6.20, 106.85)), try item("d", at: nil),
        ]
        #expect(IntakeRounds.split(items, radius: { _ in 100 }) == [[0, 1, 2, 3]])
    }

    /// A repeat, a reply to an earlier message and a possible duplicate each wait for what they depend on.
    @Test func dependentMessagesGoToALaterRound() throws {
        let items = [
            try item("a"),
            try item("a"),  // the same message again, after the first
            try item("r", at: nil, replyTo: "a"),  // answers a: after both copies of it
            try item("near", at: (-6.1755, 106.8273)),  // about 15 m from both copies of a, same category
            try item("far", at: (-6.2000, 106.8500)),
            try item("near2", at: (-6.1756, 106.8274)),  // near both a and near
        ]
        #expect(IntakeRounds.split(items, radius: { _ in 100 }) == [[0, 4], [1], [2, 3], [5]])
    }

    /// Two reports up to twice the radius apart may both duplicate one original between them.
    @Test func theWindowIsTwiceTheCategorysRadius() throws {
        // About 150 m apart: within 2 x 100 m, beyond 2 x 50 m.
        let items = [try item("a"), try item("b", at: (-6.1754, 106.8286))]
        #expect(IntakeRounds.split(items, radius: { _ in 100 }).count == 2)
        #expect(IntakeRounds.split(items, radius: { _ in 50 }).count == 1)
    }

    @Test func distanceIsInMetres() throws {
        let monas = try GeoPoint(latitude: -6.1754, longitude: 106.8272)
        let east = try GeoPoint(latitude: -6.1754, longitude: 106.8372)
        // 0.01 degree of longitude at 6 degrees south is about 1,106 m.
        #expect(abs(monas.distance(to: east) - 1106) < 5)
        #expect(monas.distance(to: monas) == 0)
    }
}
