/// The model as bytes for PostgreSQL (`classifier_models.model`): counts, not
/// logarithms, so a reader rebuilds exactly the model that was trained.
///
/// Layout (little-endian): "ACM1", temperature (Float64), category count
/// (UInt16), each category (UInt16 length + UTF-8, documents Float64, totals
/// Float64), feature count (UInt32), then per feature its hash (UInt32),
/// entry count (UInt8) and entries (category UInt8, count Float32).
extension CategoryModel {
    public struct DecodingError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    static let magic: [UInt8] = Array("ACM1".utf8)

    public func encoded() -> [UInt8] {
        var out = Self.magic
        out.reserveCapacity(16 + slices.count * 10 + entryCount.count * 5)
        Self.append(temperature.bitPattern, to: &out)
        Self.append(UInt16(categories.count), to: &out)
        for (index, category) in categories.enumerated() {
            let bytes = Array(category.utf8)
            Self.append(UInt16(bytes.count), to: &out)
            out += bytes
            Self.append(documents[index].bitPattern, to: &out)
            Self.append(totals[index].bitPattern, to: &out)
        }
        Self.append(UInt32(slices.count), to: &out)
        for (hash, slice) in slices.sorted(by: { $0.key < $1.key }) {
            Self.append(hash, to: &out)
            out.append(UInt8(slice.count))
            for entry in Int(slice.start)..<Int(slice.start + slice.count) {
                out.append(entryCategory[entry])
                Self.append(entryCount[entry].bitPattern, to: &out)
            }
        }
        return out
    }

    public init(decoding bytes: [UInt8]) throws(DecodingError) {
        var reader = ByteReader(bytes: bytes)
        guard Array(try reader.take(4)) == Self.magic else { throw DecodingError(description: "not a category model") }
        let temperature = Double(bitPattern: try reader.integer(UInt64.self))
        let categoryCount = Int(try reader.integer(UInt16.self))
        var categories: [String] = []
        var documents: [Double] = []
        var totals: [Double] = []
        for _ in 0..<categoryCount {
            let length = Int(try reader.integer(UInt16.self))
            categories.append(String(decoding: try reader.take(length), as: UTF8.self))
            documents.append(Double(bitPattern: try reader.integer(UInt64.self)))
            totals.append(Double(bitPattern: try reader.integer(UInt64.self)))
        }
        let featureCount = Int(try reader.integer(UInt32.self))
        var slices: [UInt32: (start: Int32, count: Int32)] = [:]
        slices.reserveCapacity(featureCount)
        var entryCategory: [UInt8] = []
        var entryCount: [Float] = []
        for _ in 0..<featureCount {
            let hash = try reader.integer(UInt32.self)
            let count = Int(try reader.byte())
            slices[hash] = (Int32(entryCategory.count), Int32(count))
            for _ in 0..<count {
                let category = try reader.byte()
                guard Int(category) < categoryCount else { throw DecodingError(description: "category out of range") }
                entryCategory.append(category)
                entryCount.append(Float(bitPattern: try reader.integer(UInt32.self)))
            }
        }
        guard reader.atEnd, temperature.isFinite, temperature > 0 else {
            throw DecodingError(description: "malformed category model")
        }
        self.init(
            categories: categories, temperature: temperature, documents: documents, totals: totals, slices: slices,
            entryCategory: entryCategory, entryCount: entryCount)
    }

    static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out += $0 }
    }
}

/// Reads the encoding front to back, refusing to run past the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    var atEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) throws(CategoryModel.DecodingError) -> ArraySlice<UInt8> {
        guard count >= 0, bytes.count - offset >= count else {
            throw CategoryModel.DecodingError(description: "category model cut short")
        }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    /// A slice keeps its parent's indices, so the byte is its first, not its `[0]`.
    mutating func byte() throws(CategoryModel.DecodingError) -> UInt8 {
        try take(1).first ?? 0
    }

    mutating func integer<T: FixedWidthInteger>(_: T.Type) throws(CategoryModel.DecodingError) -> T {
        var value: T = 0
        for (shift, byte) in try take(MemoryLayout<T>.size).enumerated() {
            value |= T(byte) << (8 * shift)
        }
        return value
    }
}
