import AspirasiCore

/// The evaluation's drawings as SVG made by the hub: bars, the twelve-month trend and the map shaded
/// by completion rate. Every value is also written as text, so a printout or a screen reader loses nothing.
public enum EvaluationCharts {
    public struct Bar: Sendable {
        public let label: String
        public let value: Double
        public let text: String

        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// Horizontal bars scaled to `maximum`, one row per item, label left and value right.
    public static func bars(_ bars: [Bar], maximum: Double, label: String, tone: String) -> HTML {
        let row = 24.0
        let width = 640.0
        let labelWidth = 230.0
        let barWidth = 320.0
        let height = max(row, Double(bars.count) * row)
        let rows = bars.enumerated().map { index, bar -> HTML in
            let y = Double(index) * row
            let length = maximum > 0 ? max(0, min(1, bar.value / maximum)) * barWidth : 0
            return """
                <g><text class="label" x="\(MapProjection.format(labelWidth - 6))" y="\(MapProjection.format(y + 16))" text-anchor="end">\(short(bar.label))</text>\
                <rect class="bar \(tone)" x="\(MapProjection.format(labelWidth))" y="\(MapProjection.format(y + 4))" width="\(MapProjection.format(length))" height="16"/>\
                <text class="value" x="\(MapProjection.format(labelWidth + length + 6))" y="\(MapProjection.format(y + 16))">\(bar.text)</text>\
                <title>\(bar.label): \(bar.text)</title></g>
                """
        }
        return """
            <svg class="chart" viewBox="0 0 \(MapProjection.format(width)) \(MapProjection.format(height))" \
            role="img" aria-label="\(label)" preserveAspectRatio="xMinYMin meet">\(rows)</svg>
            """
    }

    /// One column per month: its completion rate as the column's height, its received count below.
    public static func trend(_ months: [(month: String, received: Int, rate: Double)], label: String) -> HTML {
        let width = 640.0
        let height = 220.0
        let plot = 160.0
        let step = width / Double(max(months.count, 1))
        let columns = months.enumerated().map { index, month -> HTML in
            let x = Double(index) * step
            let bar = month.received > 0 ? max(1, month.rate * plot) : 0
            let rate = month.received > 0 ? percent(month.rate) : "–"
            return """
                <g><rect class="bar good" x="\(MapProjection.format(x + step * 0.2))" y="\(MapProjection.format(20 + plot - bar))" \
                width="\(MapProjection.format(step * 0.6))" height="\(MapProjection.format(bar))"/>\
                <text class="value" x="\(MapProjection.format(x + step / 2))" y="\(MapProjection.format(14 + plot - bar))" text-anchor="middle">\(rate)</text>\
                <text class="label" x="\(MapProjection.format(x + step / 2))" y="\(MapProjection.format(plot + 36))" text-anchor="middle">\(month.month)</text>\
                <text class="label" x="\(MapProjection.format(x + step / 2))" y="\(MapProjection.format(plot + 52))" text-anchor="middle">\(month.received)</text>\
                <title>\(month.month): \(rate) selesai dari \(month.received) laporan</title></g>
                """
        }
        return """
            <svg class="chart" viewBox="0 0 \(MapProjection.format(width)) \(MapProjection.format(height))" \
            role="img" aria-label="\(label)" preserveAspectRatio="xMinYMin meet">\
            <line class="axis" x1="0" x2="\(MapProjection.format(width))" y1="\(MapProjection.format(20 + plot))" \
            y2="\(MapProjection.format(20 + plot))"/>\(columns)</svg>
            """
    }

    /// A kelurahan on the evaluation map: its shape and completion rate (nil: no report received).
    public struct Area: Sendable {
        public let code: String
        public let name: String
        public let shape: GeoShape
        public let rate: Double?
        public let received: Int

        public init(code: String, name: String, shape: GeoShape, rate: Double?, received: Int) {
            self.code = code
            self.name = name
            self.shape = shape
            self.rate = rate
            self.received = received
        }
    }

    /// The kelurahan shaded by completion rate in five steps (`rate-0` under 20% … `rate-4` from 80%),
    /// grey with a hatch where nothing was received.
    public static func map(_ areas: [Area], label: String, width: Double = 960) -> HTML? {
        guard let box = GeoBox(areas.flatMap(\.shape.coordinates)) else { return nil }
        let projection = MapProjection(fitting: box, width: width, maxHeight: width * 0.9)
        let shapes = areas.map { area -> HTML in
            let text = area.rate.map { "\(percent($0)) selesai dari \(area.received)" } ?? "tidak ada laporan"
            return """
                <path class="area \(area.rate.map { "rate-\(rateStep($0))" } ?? "rate-none")" fill-rule="evenodd" \
                d="\(projection.path(area.shape, tolerance: 1))"><title>\(area.name): \(text)</title></path>
                """
        }
        let width = MapProjection.format(projection.width)
        let height = MapProjection.format(projection.height)
        return """
            <svg class="map" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)" role="img" \
            aria-label="\(label)" preserveAspectRatio="xMidYMid meet">\
            <defs><pattern id="no-data" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
            <rect width="6" height="6" fill="#e4e7eb"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b0b6bd" stroke-width="2"/></pattern></defs>\
            \(shapes)</svg>
            """
    }

    /// Five steps of completion rate: under 20%, 20–39%, 40–59%, 60–79%, 80% and more.
    public static func rateStep(_ rate: Double) -> Int {
        min(4, max(0, Int((rate * 100).rounded(.down)) / 20))
    }

    /// `75%`, `57,1%`: Indonesian decimal comma, one decimal when it is not whole.
    public static func percent(_ rate: Double) -> String {
        let tenths = Int((rate * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10),\(tenths % 10)%"
    }

    /// Hours as `12 jam` or `2,5 jam`.
    public static func hours(_ value: Double?) -> String {
        guard let value else { return "–" }
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10) jam" : "\(tenths / 10),\(tenths % 10) jam"
    }

    static func short(_ label: String) -> String {
        label.count > 30 ? String(label.prefix(29)) + "…" : label
    }
}
