/// A Kemendagri region code such as `31`, `31.71`, `31.71.01` or `31.71.01.1001`.
///
/// The code carries the hierarchy in its prefix, so the parent of a kelurahan
/// is found by dropping the last segment; no lookup is needed.
public struct RegionCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public let level: RegionLevel

    /// Nil when the text is not a well-formed code: 2, 2, 2 and 4 digits joined by dots.
    public init?(_ text: String) {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false)
        let widths = [2, 2, 2, 4]
        guard (1...4).contains(segments.count) else { return nil }
        for (segment, width) in zip(segments, widths) {
            guard segment.count == width, segment.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        self.rawValue = text
        self.level = RegionLevel.allCases[segments.count - 1]
    }

    public var parent: RegionCode? {
        guard let dot = rawValue.lastIndex(of: ".") else { return nil }
        return RegionCode(String(rawValue[..<dot]))
    }

    /// The code of the ancestor at `level`, or nil when this code is above it.
    public func ancestor(at level: RegionLevel) -> RegionCode? {
        guard level <= self.level else { return nil }
        var code = self
        while code.level > level, let parent = code.parent { code = parent }
        return code
    }

    public func contains(_ other: RegionCode) -> Bool {
        other.rawValue == rawValue || other.rawValue.hasPrefix(rawValue + ".")
    }

    public var description: String { rawValue }

    public static func < (lhs: RegionCode, rhs: RegionCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The four administrative levels below the nation.
public enum RegionLevel: Int, CaseIterable, Comparable, Sendable {
    case provinsi = 1
    case kota = 2
    case kecamatan = 3
    case kelurahan = 4

    public static func < (lhs: RegionLevel, rhs: RegionLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
