/// The entity table HTMLText decodes: XML's five, `nbsp`, all of Latin-1 and
/// the typographic ones forum software emits. A complete HTML5 table
/// (2,000+ names) is not worth its size for plain-text previews.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
            "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
            "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
            "hellip": "\u{2026}", "bull": "\u{2022}", "euro": "\u{20AC}", "trade": "\u{2122}",
            "dagger": "\u{2020}", "Dagger": "\u{2021}", "permil": "\u{2030}", "lsaquo": "\u{2039}",
            "rsaquo": "\u{203A}", "OElig": "\u{0152}", "oelig": "\u{0153}", "Scaron": "\u{0160}",
            "scaron": "\u{0161}", "Yuml": "\u{0178}", "fnof": "\u{0192}", "circ": "\u{02C6}", "tilde": "\u{02DC}",
            "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
            "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}", "darr": "\u{2193}", "minus": "\u{2212}",
        ]
        for (offset, name) in latin1.enumerated() {
            if let scalar = Unicode.Scalar(0xA0 + offset) { table[name] = scalar }
        }
        return table
    }()

    /// Names of U+00A0...U+00FF, in code point order.
    static let latin1: [String] = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
        deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
        Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
        ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
        agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
        eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
        """.split(separator: " ").map(String.init)

    /// `&#150;`-style references mean Windows-1252 in practice (HTML5 says so too).
    static let windows1252: [UInt32: Unicode.Scalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}",
        0x86: "\u{2020}", 0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}",
        0x8B: "\u{2039}", 0x8C: "\u{0152}", 0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}",
        0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}", 0x96: "\u{2013}", 0x97: "\u{2014}",
        0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}", 0x9C: "\u{0153}",
        0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]

    /// A numeric reference's scalar: U+FFFD for NUL, surrogates, out-of-range
    /// values and other control characters, which must not reach the text.
    static func scalar(forCode code: UInt32) -> Unicode.Scalar {
        if let mapped = windows1252[code] { return mapped }
        guard let scalar = Unicode.Scalar(code), code != 0 else { return "\u{FFFD}" }
        if code == 0x09 || code == 0x0A || code == 0x0D { return " " }
        if code < 0x20 || (0x7F...0x9F).contains(code) { return "\u{FFFD}" }
        return scalar
    }
}
