import AspirasiCore
import Logging
import NIOCore
import PostgresNIO

extension KelurahanIndex {
    /// Reads every ring of every kelurahan polygon, as PostGIS holds it after the import made it valid.
    /// The polygons travel as well-known binary and are taken apart here: for 83,762 villages that is
    /// 55 ms of PostgreSQL instead of 3 s for `ST_DumpPoints` into arrays, the same doubles either way.
    public static func load(from database: some DatabaseQuerying, logger: Logger = .silent) async throws
        -> KelurahanIndex
    {
        let rows = try await database.run(
            "SELECT unit_code, ST_AsBinary(geom) FROM kelurahan_areas ORDER BY unit_code", logger: logger)
        var shapes: [KelurahanShape] = []
        for try await (code, geometry) in rows.decode((String, ByteBuffer).self) {
            var bytes = geometry
            guard let rings = WKBRings.read(&bytes) else {
                throw StoreError(.referenceData, "the polygon of \(code) is not a (multi)polygon in WKB")
            }
            shapes.append(KelurahanShape(code: code, rings: rings))
        }
        return KelurahanIndex(shapes: shapes)
    }
}

/// The rings of a WKB Polygon or MultiPolygon (2D), shells and holes alike, in their stored order.
enum WKBRings {
    static let polygon: UInt32 = 3
    static let multiPolygon: UInt32 = 6

    static func read(_ buffer: inout ByteBuffer) -> [KelurahanShape.Ring]? {
        guard let (type, endianness) = header(&buffer) else { return nil }
        switch type {
        case polygon:
            return polygonRings(&buffer, endianness)
        case multiPolygon:
            guard let count = buffer.readInteger(endianness: endianness, as: UInt32.self) else { return nil }
            var rings: [KelurahanShape.Ring] = []
            for _ in 0..<count {
                guard let (part, partEndianness) = header(&buffer), part == polygon,
                    let partRings = polygonRings(&buffer, partEndianness)
                else { return nil }
                rings += partRings
            }
            return rings
        default:
            return nil
        }
    }

    static func header(_ buffer: inout ByteBuffer) -> (UInt32, Endianness)? {
        guard let order = buffer.readInteger(as: UInt8.self), order <= 1 else { return nil }
        let endianness: Endianness = order == 1 ? .little : .big
        guard let type = buffer.readInteger(endianness: endianness, as: UInt32.self) else { return nil }
        return (type, endianness)
    }

    static func polygonRings(_ buffer: inout ByteBuffer, _ endianness: Endianness) -> [KelurahanShape.Ring]? {
        guard let count = buffer.readInteger(endianness: endianness, as: UInt32.self) else { return nil }
        var rings: [KelurahanShape.Ring] = []
        for _ in 0..<count {
            // Each point is two doubles: refuse a count the remaining bytes cannot hold before reserving.
            guard let points = buffer.readInteger(endianness: endianness, as: UInt32.self),
                Int(points) <= buffer.readableBytes / 16
            else { return nil }
            var longitudes: [Double] = []
            var latitudes: [Double] = []
            longitudes.reserveCapacity(Int(points))
            latitudes.reserveCapacity(Int(points))
            for _ in 0..<points {
                guard let x = buffer.readInteger(endianness: endianness, as: UInt64.self),
                    let y = buffer.readInteger(endianness: endianness, as: UInt64.self)
                else { return nil }
                longitudes.append(Double(bitPattern: x))
                latitudes.append(Double(bitPattern: y))
            }
            rings.append(KelurahanShape.Ring(longitudes: longitudes, latitudes: latitudes))
        }
        return rings
    }
}
