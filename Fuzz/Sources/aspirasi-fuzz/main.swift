import Foundation
import FuzzDriver

// SwiftPM gives an executable its own `main`, so libFuzzer runs as a library: its driver takes the
// command line (corpus directories, -max_total_time, ...) and calls `fuzzOneInput` for every input.
let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
guard let target = FuzzTarget.all.first(where: { $0.name == name }) else {
    let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
    FileHandle.standardError.write(Data("FUZZ_TARGET must be one of: \(names)\n".utf8))
    exit(2)
}
FuzzTarget.chosen = target
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
