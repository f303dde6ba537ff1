/// Small text helpers that need no Foundation import. Trimming is ASCII-only
/// on purpose: header values only carry ASCII whitespace around them, and
/// Foundation's `CharacterSet` trimming would also eat U+00A0, which is content.
extension String {
    /// The string without leading and trailing spaces, tabs, CR and LF.
    public func trimmingASCIIWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isASCIIWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.isASCIIWhitespace }) else { return "" }
        return String(scalars[start...last])
    }
}

extension Unicode.Scalar {
    var isASCIIWhitespace: Bool {
        self == " " || self == "\t" || self == "\r" || self == "\n" || self == "\u{0C}"
    }
}

extension String {
    /// Replaces C0 controls, DEL and C1 controls (CR and LF among them).
    public func replacingControlCharacters(with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    var trimmedSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

extension String {
    func replacingOccurrencesOfScalar(_ target: Unicode.Scalar, with replacement: Unicode.Scalar) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            scalars.append(scalar == target ? replacement : scalar)
        }
        return String(scalars)
    }
}
