import Foundation

/// One fuzz target: a name (`FUZZ_TARGET`), the code under test, and where its seed corpus lives.
struct FuzzTarget: Sendable {
    let name: String
    let run: @Sendable ([UInt8]) -> Void

    /// Every target `make fuzz` runs, in the order it runs them.
    static let all: [FuzzTarget] =
        EmailTargets.all + FeedTargets.all + FormTargets.all + JSONPayloadTargets.all
}

/// A property that must hold for every input: a violation is a crash libFuzzer keeps as a reproducer.
func require(_ condition: @autoclosure () -> Bool, _ what: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("fuzz property violated: \(what())\n".utf8))
        abort()
    }
}
