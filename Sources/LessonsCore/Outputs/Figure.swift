/// A chart as data: what to draw, never how. `SVGCharts` decides the pixels.
public struct Figure: Sendable, Hashable {
    /// A short title (the SVG's `<title>`).
    public var title: String
    /// A sentence that describes the chart for readers who cannot see it (the SVG's `<desc>`).
    public var summary: String
    public var chart: Chart

    public init(title: String, summary: String, chart: Chart) {
        self.title = title
        self.summary = summary
        self.chart = chart
    }
}

/// The kinds of chart the engine can produce.
public enum Chart: Sendable, Hashable {
    case line(LineChart)
}

/// Curves of y against x, one per series, over a shared x range.
public struct LineChart: Sendable, Hashable {
    public var series: [Series]
    public var xLabel: String
    public var yLabel: String

    public init(series: [Series], xLabel: String = "x", yLabel: String = "y") {
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// One named curve. A point whose y is not finite breaks the curve.
public struct Series: Sendable, Hashable {
    public var label: String
    public var points: [Point]

    public init(label: String, points: [Point]) {
        self.label = label
        self.points = points
    }
}

public struct Point: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
