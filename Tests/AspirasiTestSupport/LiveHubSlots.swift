/// How many live hubs the test suite runs at once. Every suite runs in
/// parallel; on a 2-core machine a hundred hubs with their databases at once
/// starve each other until HTTP clients time out. A few slots keep each
/// test's hub responsive while the suite as a whole stays parallel.
public actor LiveHubSlots {
    public static let shared = LiveHubSlots(slots: 4)

    @TaskLocal static var holding = false

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(slots: Int) {
        free = slots
    }

    /// Runs `body` holding a slot; a body already holding one (a hub inside a hub) does not wait again.
    public nonisolated func withSlot<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        if Self.holding { return try await body() }
        await acquire()
        do {
            let result = try await Self.$holding.withValue(true) { try await body() }
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
