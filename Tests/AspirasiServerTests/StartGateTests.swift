import AspirasiServer
import Testing

/// The workers wait for the database to be ready behind a `StartGate`.
@Suite struct StartGateTests {
    @Test func waitersPassWhenTheGateOpensAndLaterOnesAtOnce() async {
        let gate = StartGate()
        let waiter = Task { await gate.wait() }
        #expect(!gate.isOpen)
        gate.open()
        await waiter.value
        #expect(gate.isOpen)
        await gate.wait()
    }

    @Test func aCancelledWaiterStopsWaiting() async {
        let gate = StartGate()
        let waiter = Task { await gate.wait() }
        waiter.cancel()
        await waiter.value
        #expect(!gate.isOpen)
    }
}
