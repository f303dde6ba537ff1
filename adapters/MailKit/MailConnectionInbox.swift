import NIOCore
import Synchronization

/// Bytes received from the server, shared between the channel handler (event loop) and the reader (a task).
///
/// Why not `NIOAsyncChannel`: its iterator cannot wait with a deadline without being cancelled, and a
/// cancelled iterator ends the stream. Mail protocols need deadlines that leave the connection usable
/// (IMAP IDLE wakes up on a timer and then sends DONE), so the reader waits on a continuation that either
/// new data or a timer resumes. Reads from the socket are held back while enough is buffered, so a fast
/// server cannot make us buffer without bound.
final class MailConnectionInbox: Sendable {
    /// Buffered bytes above which socket reads are held back (unless the reader wants more than that).
    static let highWaterMark = 256 * 1024

    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Void, any Error>
        var timer: Scheduled<Void>?
    }

    private struct State {
        var buffer = ByteBuffer()
        var failure: MailConnectionError?
        var waiter: Waiter?
        var generation: UInt64 = 0
        var nextWaiterID: UInt64 = 0
        var readSuppressed = false
        var wanted = 0
        var lineScanOffset = 0
    }

    enum Take<Value> {
        case value(Value)
        case needMore(generation: UInt64)
        case failed(MailConnectionError)
    }

    private let state = Mutex(State())

    // MARK: Event-loop side

    func append(_ chunk: ByteBuffer) {
        var chunk = chunk
        let waiter = state.withLock { state -> Waiter? in
            state.buffer.writeBuffer(&chunk)
            state.generation &+= 1
            return state.waiter.take()
        }
        resume(waiter, with: nil)
    }

    func fail(_ error: MailConnectionError) {
        let waiter = state.withLock { state -> Waiter? in
            if state.failure == nil { state.failure = error }
            state.generation &+= 1
            return state.waiter.take()
        }
        resume(waiter, with: nil)
    }

    /// Called by the handler for every socket read request: true means "hold it back for now".
    func shouldSuppressRead() -> Bool {
        state.withLock { state in
            let full = state.buffer.readableBytes >= max(Self.highWaterMark, state.wanted)
            if full { state.readSuppressed = true }
            return full
        }
    }

    // MARK: Reader side

    var isEmpty: Bool { state.withLock { $0.buffer.readableBytes == 0 } }

    /// Takes one line (without CR LF; a bare LF also ends a line) if a whole one is buffered.
    func takeLine(maxLength: Int) -> Take<[UInt8]> {
        state.withLock { state in
            let view = state.buffer.readableBytesView
            let scanStart = view.index(view.startIndex, offsetBy: min(state.lineScanOffset, view.count))
            guard let newline = view[scanStart...].firstIndex(of: UInt8(ascii: "\n")) else {
                state.lineScanOffset = view.count
                if view.count > maxLength { return .failed(.lineTooLong(limit: maxLength)) }
                if let failure = state.failure { return .failed(failure) }
                return .needMore(generation: state.generation)
            }
            var length = newline - view.startIndex
            let consumed = length + 1
            if length > 0, view[newline - 1] == UInt8(ascii: "\r") { length -= 1 }
            if length > maxLength { return .failed(.lineTooLong(limit: maxLength)) }
            let line = state.buffer.readBytes(length: length) ?? []
            state.buffer.moveReaderIndex(forwardBy: consumed - length)
            state.lineScanOffset = 0
            Self.compact(&state.buffer)
            return .value(line)
        }
    }

    /// Takes exactly `count` bytes if that many are buffered.
    func takeBytes(_ count: Int) -> Take<[UInt8]> {
        state.withLock { state in
            if state.buffer.readableBytes >= count {
                let bytes = state.buffer.readBytes(length: count) ?? []
                state.lineScanOffset = 0
                Self.compact(&state.buffer)
                return .value(bytes)
            }
            if let failure = state.failure { return .failed(failure) }
            return .needMore(generation: state.generation)
        }
    }

    /// Waits until something arrives after `generation`, the connection fails, or `deadline` passes.
    ///
    /// `wanted` tells the read-suppression how much the reader needs buffered; `requestRead` is called
    /// when a socket read had been held back and must now be issued.
    func wait(
        after generation: UInt64,
        wanted: Int,
        deadline: NIODeadline,
        eventLoop: any EventLoop,
        requestRead: @escaping @Sendable () -> Void
    ) async throws {
        let id = state.withLock { state -> UInt64 in
            state.nextWaiterID &+= 1
            return state.nextWaiterID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                enum Decision { case resumeNow, concurrent, waiting(readAgain: Bool) }
                let decision = state.withLock { state -> Decision in
                    if state.generation != generation || state.failure != nil { return .resumeNow }
                    if state.waiter != nil { return .concurrent }
                    state.waiter = Waiter(id: id, continuation: continuation, timer: nil)
                    state.wanted = wanted
                    let readAgain = state.readSuppressed
                    state.readSuppressed = false
                    return .waiting(readAgain: readAgain)
                }
                switch decision {
                case .resumeNow:
                    continuation.resume()
                case .concurrent:
                    continuation.resume(throwing: MailConnectionError.concurrentRead)
                case .waiting(let readAgain):
                    if readAgain { requestRead() }
                    let timer = eventLoop.scheduleTask(deadline: deadline) { [self] in
                        self.finishWaiter(id: id, with: MailConnectionError.timeout)
                    }
                    let stillWaiting = state.withLock { state -> Bool in
                        guard state.waiter?.id == id else { return false }
                        state.waiter?.timer = timer
                        return true
                    }
                    if !stillWaiting { timer.cancel() }
                    if Task.isCancelled { finishWaiter(id: id, with: CancellationError()) }
                }
            }
        } onCancel: {
            self.finishWaiter(id: id, with: CancellationError())
        }
    }

    private func finishWaiter(id: UInt64, with error: any Error) {
        let waiter = state.withLock { state -> Waiter? in
            guard state.waiter?.id == id else { return nil }
            return state.waiter.take()
        }
        resume(waiter, with: error)
    }

    private func resume(_ waiter: Waiter?, with error: (any Error)?) {
        guard let waiter else { return }
        state.withLock { $0.wanted = 0 }
        waiter.timer?.cancel()
        if let error {
            waiter.continuation.resume(throwing: error)
        } else {
            waiter.continuation.resume()
        }
    }

    /// Keeps consumed bytes from piling up in front of the buffer.
    private static func compact(_ buffer: inout ByteBuffer) {
        if buffer.readerIndex > 64 * 1024 && buffer.readerIndex > buffer.readableBytes {
            buffer.discardReadBytes()
        }
    }
}
