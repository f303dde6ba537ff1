/// Base64 (RFC 2045 section 6.8) as mail needs it: whitespace anywhere is
/// ignored, a line holding characters outside the alphabet (a stray boundary,
/// a signature appended by a list server) is skipped as garbage, and padding
/// may be missing or appear mid-stream where encoders concatenated blocks.
public enum LenientBase64 {
    private static let table: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        for (value, byte) in alphabet.enumerated() {
            table[Int(byte)] = Int8(value)
        }
        return table
    }()

    private static let padding = UInt8(ascii: "=")

    /// Decodes a transfer-encoded body, skipping garbage lines.
    public static func decode(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var state = State()
        var line: [UInt8] = []
        var lineIsGarbage = false
        for byte in bytes {
            switch byte {
            case 0x0A:
                if !lineIsGarbage { state.feed(line) }
                line.removeAll(keepingCapacity: true)
                lineIsGarbage = false
            case 0x20, 0x09, 0x0D:
                continue
            default:
                if byte != padding && table[Int(byte)] < 0 { lineIsGarbage = true }
                line.append(byte)
            }
        }
        if !lineIsGarbage { state.feed(line) }
        return state.finish()
    }

    /// Decodes the text of an RFC 2047 "B" word, which must be pure base64;
    /// nil means the word is malformed and should be shown as it is.
    public static func decodeStrict(_ bytes: some Collection<UInt8>) -> [UInt8]? {
        guard bytes.allSatisfy({ $0 == padding || table[Int($0)] >= 0 }) else { return nil }
        var state = State()
        state.feed(Array(bytes))
        return state.finish()
    }

    /// Accumulates sextets; `=` closes the current quantum early.
    private struct State {
        var output: [UInt8] = []
        var quantum: UInt32 = 0
        var count = 0

        mutating func feed(_ line: [UInt8]) {
            for byte in line {
                if byte == LenientBase64.padding {
                    flushPartial()
                    continue
                }
                let value = LenientBase64.table[Int(byte)]
                guard value >= 0 else { continue }
                quantum = quantum << 6 | UInt32(value)
                count += 1
                if count == 4 {
                    output.append(UInt8(truncatingIfNeeded: quantum >> 16))
                    output.append(UInt8(truncatingIfNeeded: quantum >> 8))
                    output.append(UInt8(truncatingIfNeeded: quantum))
                    quantum = 0
                    count = 0
                }
            }
        }

        /// Emits the whole bytes held by 2 or 3 leftover sextets; a single
        /// leftover sextet carries no complete byte and is dropped.
        mutating func flushPartial() {
            if count == 2 {
                output.append(UInt8(truncatingIfNeeded: quantum >> 4))
            } else if count == 3 {
                output.append(UInt8(truncatingIfNeeded: quantum >> 10))
                output.append(UInt8(truncatingIfNeeded: quantum >> 2))
            }
            quantum = 0
            count = 0
        }

        mutating func finish() -> [UInt8] {
            flushPartial()
            return output
        }
    }
}
