/// Small pictures the demo stores as photos: real, valid JPEG and PNG files,
/// drawn here so the repository ships no binaries. A picture is a grid of
/// flat-coloured 8x8 tiles (a JPEG of flat tiles needs only DC coefficients,
/// so the encoder stays a page long); the PNG is stored uncompressed.
enum DemoImages {
    /// A picture as rows of tile colours (RGB).
    struct Picture {
        let tiles: [[(UInt8, UInt8, UInt8)]]
        var width: Int { (tiles.first?.count ?? 0) * 8 }
        var height: Int { tiles.count * 8 }
    }

    /// A scene: sky over a street with a blot of the problem's colour, in one of a few palettes;
    /// `proof` pictures are the officers' follow-up: the same street, clean, with a green mark.
    static func scene(variant: Int, proof: Bool) -> Picture {
        let skies: [(UInt8, UInt8, UInt8)] = [(150, 190, 230), (180, 200, 215), (120, 160, 210), (200, 205, 210)]
        let blots: [(UInt8, UInt8, UInt8)] = [(60, 50, 45), (110, 80, 40), (40, 90, 160), (70, 120, 40)]
        let sky = skies[variant % skies.count]
        let blot = blots[(variant / skies.count) % blots.count]
        let (columns, rows) = (12, 9)
        var tiles: [[(UInt8, UInt8, UInt8)]] = []
        for row in 0..<rows {
            var line: [(UInt8, UInt8, UInt8)] = []
            for column in 0..<columns {
                let road = row >= 4
                let shade = UInt8(truncatingIfNeeded: (row * 7 + column * 3 + variant * 5) % 24)
                var colour: (UInt8, UInt8, UInt8) =
                    road ? (120 &+ shade, 120 &+ shade, 125 &+ shade) : (sky.0, sky.1 &- shade / 2, sky.2)
                let inBlot = (5...7).contains(row) && (3 + variant % 4...6 + variant % 4).contains(column)
                if inBlot { colour = proof ? (90 &+ shade, 150, 90) : blot }
                if proof, row == 1, column == columns - 2 { colour = (30, 160, 60) }
                line.append(colour)
            }
            tiles.append(line)
        }
        return Picture(tiles: tiles)
    }

    // MARK: - JPEG (baseline, YCbCr 4:4:4, DC coefficients only)

    static func jpeg(_ picture: Picture) -> [UInt8] {
        var out: [UInt8] = [0xFF, 0xD8]
        // JFIF APP0: version 1.1, no density units, 1:1.
        out += [0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0, 0]
        // One quantisation table of 8s: a flat tile's DC coefficient, 8*(v-128), quantises to v-128.
        out += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 8, count: 64)
        let (w, h) = (picture.width, picture.height)
        out += [0xFF, 0xC0, 0x00, 0x11, 0x08, UInt8(h >> 8), UInt8(h & 0xFF), UInt8(w >> 8), UInt8(w & 0xFF), 0x03]
        out += [0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00]
        // DC table 0: the standard luminance table. AC table 0: a single code, end-of-block.
        out += [0xFF, 0xC4, 0x00, UInt8(3 + 16 + dcValues.count), 0x00] + dcBits + dcValues
        out += [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
        out += [0xFF, 0xDA, 0x00, 0x0C, 0x03, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x00, 0x3F, 0x00]
        var bits = BitWriter()
        let codes = huffmanCodes(bits: dcBits, values: dcValues)
        var previous = [0, 0, 0]
        for row in picture.tiles {
            for (r, g, b) in row {
                for (component, value) in ycbcr(r, g, b).enumerated() {
                    let dc = value - 128
                    let difference = dc - previous[component]
                    previous[component] = dc
                    let size = difference == 0 ? 0 : (Int.bitWidth - abs(difference).leadingZeroBitCount)
                    let code = codes[size]
                    bits.write(code.code, count: code.length)
                    if size > 0 {
                        bits.write(difference > 0 ? difference : difference + (1 << size) - 1, count: size)
                    }
                    bits.write(0, count: 1)  // end of block: every AC coefficient is zero
                }
            }
        }
        out += bits.finished()
        out += [0xFF, 0xD9]
        return out
    }

    static let dcBits: [UInt8] = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
    static let dcValues: [UInt8] = Array(0...11)

    /// Canonical Huffman codes from a DHT's counts per length, indexed by symbol.
    static func huffmanCodes(bits: [UInt8], values: [UInt8]) -> [(code: Int, length: Int)] {
        var codes = [(code: Int, length: Int)](repeating: (0, 0), count: Int(values.max() ?? 0) + 1)
        var code = 0
        var index = 0
        for (offset, count) in bits.enumerated() {
            for _ in 0..<Int(count) {
                codes[Int(values[index])] = (code, offset + 1)
                code += 1
                index += 1
            }
            code <<= 1
        }
        return codes
    }

    static func ycbcr(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> [Int] {
        let (r, g, b) = (Double(r), Double(g), Double(b))
        let y = 0.299 * r + 0.587 * g + 0.114 * b
        let cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
        let cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
        return [y, cb, cr].map { Int(min(max($0.rounded(), 0), 255)) }
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var current = 0
        var filled = 0

        mutating func write(_ value: Int, count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) {
                current = (current << 1) | ((value >> shift) & 1)
                filled += 1
                if filled == 8 { flush() }
            }
        }

        private mutating func flush() {
            bytes.append(UInt8(current))
            if current == 0xFF { bytes.append(0x00) }  // byte stuffing
            current = 0
            filled = 0
        }

        /// The bytes, the last one padded with 1s as the standard asks.
        mutating func finished() -> [UInt8] {
            if filled > 0 { write((1 << (8 - filled)) - 1, count: 8 - filled) }
            return bytes
        }
    }

    // MARK: - PNG (RGB, 8 bits, deflate with fixed codes and runs)

    static func png(_ picture: Picture) -> [UInt8] {
        // Each row is filtered against the one above (PNG's "Up"): the rows inside a band of tiles are all
        // zeros, which the runs below make a few bytes each.
        var raw: [UInt8] = []
        var previous: [UInt8]?
        for row in picture.tiles {
            var line: [UInt8] = []
            for (r, g, b) in row {
                for _ in 0..<8 { line += [r, g, b] }
            }
            for _ in 0..<8 {
                raw.append(2)
                raw += zip(line, previous ?? [UInt8](repeating: 0, count: line.count)).map { $0 &- $1 }
                previous = line
            }
        }
        let zlib = [0x78, 0x01] + Deflate.fixed(raw) + bigEndian(adler32(raw))
        let (w, h) = (UInt32(picture.width), UInt32(picture.height))
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out += chunk("IHDR", bigEndian(w) + bigEndian(h) + [8, 2, 0, 0, 0])
        out += chunk("IDAT", zlib)
        out += chunk("IEND", [])
        return out
    }

    /// One deflate block with the fixed Huffman codes (RFC 1951, 3.2.6): literals, and runs of a repeated
    /// byte as copies at distance 1.
    enum Deflate {
        static let lengthBases = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227,
            258,
        ]
        static let lengthExtra = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ]

        static func fixed(_ data: [UInt8]) -> [UInt8] {
            var bits = LSBWriter()
            bits.put(1, count: 1)  // the last block
            bits.put(1, count: 2)  // fixed codes
            var index = 0
            while index < data.count {
                var run = 0
                if index > 0 {
                    while run < 258, index + run < data.count, data[index + run] == data[index - 1] { run += 1 }
                }
                if run >= 3 {
                    let symbol = lengthBases.lastIndex { $0 <= run } ?? 0
                    bits.code(literal: 257 + symbol)
                    bits.put(run - lengthBases[symbol], count: lengthExtra[symbol])
                    bits.reversed(0, count: 5)  // distance code 0: distance 1
                    index += run
                } else {
                    bits.code(literal: Int(data[index]))
                    index += 1
                }
            }
            bits.code(literal: 256)
            return bits.finished()
        }
    }

    /// Deflate's bit order: values least significant bit first, Huffman codes most significant bit first.
    struct LSBWriter {
        var bytes: [UInt8] = []
        var current: UInt32 = 0
        var filled = 0

        mutating func put(_ value: Int, count: Int) {
            for shift in 0..<count { push((value >> shift) & 1) }
        }

        mutating func reversed(_ code: Int, count: Int) {
            for shift in stride(from: count - 1, through: 0, by: -1) { push((code >> shift) & 1) }
        }

        mutating func code(literal value: Int) {
            switch value {
            case 0...143: reversed(0x30 + value, count: 8)
            case 144...255: reversed(0x190 + value - 144, count: 9)
            case 256...279: reversed(value - 256, count: 7)
            default: reversed(0xC0 + value - 280, count: 8)
            }
        }

        private mutating func push(_ bit: Int) {
            current |= UInt32(bit) << UInt32(filled)
            filled += 1
            if filled == 8 {
                bytes.append(UInt8(current))
                (current, filled) = (0, 0)
            }
        }

        mutating func finished() -> [UInt8] {
            if filled > 0 { bytes.append(UInt8(current)) }
            return bytes
        }
    }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var (a, b): (UInt32, UInt32) = (1, 0)
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return (b << 16) | a
    }
}
