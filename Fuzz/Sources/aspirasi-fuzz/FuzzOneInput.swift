import Foundation

extension FuzzTarget {
    /// Set once by `main` before the driver starts; the driver calls back on that same thread.
    nonisolated(unsafe) static var chosen: FuzzTarget?
}

/// libFuzzer's callback: one input, any bytes. A crash or a violated property is the finding.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let target = FuzzTarget.chosen else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    target.run(bytes)
    return 0
}
