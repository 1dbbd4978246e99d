/// A chart as data: what to draw, never how. `SVGCharts` decides the pixels.
public struct Figure: Sendable, Hashable, Codable {
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
public enum Chart: Sendable, Hashable, Codable {
    case line(LineChart)
    case contour(ContourChart)
    case basins(BasinChart)
    case histograms(HistogramChart)
    case bars(BarChart)
    case decision(DecisionChart)
}

/// How values map onto an axis.
public enum AxisScale: Sendable, Hashable, Codable {
    case linear
    /// Logarithmic: for values spanning decades, such as a loss. Values ≤ 0 are left out.
    case log
}

/// Curves of y against x, one per series, over a shared x range.
public struct LineChart: Sendable, Hashable, Codable {
    public var series: [Series]
    public var xLabel: String
    public var yLabel: String
    public var xScale: AxisScale
    public var yScale: AxisScale
    /// Values each axis spans besides the data's own: the same chart drawn for every value
    /// of a sweep spans them all, so that moving the slider moves the curve, not the axes.
    public var includedX: [Double]
    public var includedY: [Double]
    /// The x range drawn, when the chart fixes it (a function over the range it was asked
    /// for): points beyond it, such as a run that leaves, are cut at the edge and do not
    /// stretch either axis.
    public var xDomain: ClosedRange<Double>?

    public init(series: [Series], xLabel: String = "x", yLabel: String = "y", xScale: AxisScale = .linear, yScale: AxisScale = .linear,
                includedX: [Double] = [], includedY: [Double] = [], xDomain: ClosedRange<Double>? = nil) {
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.includedX = includedX
        self.includedY = includedY
        self.xDomain = xDomain
    }

    /// The points the axes span: within the fixed x range, if there is one.
    public var shownPoints: [Point] {
        let points = series.flatMap(\.points)
        guard let xDomain else { return points }
        return points.filter { xDomain.contains($0.x) }
    }
}

/// One named curve. A point whose y is not finite breaks the curve.
public struct Series: Sendable, Hashable, Codable {
    public enum Style: Sendable, Hashable, Codable {
        /// A smooth curve.
        case curve
        /// The steps of a run: a marker at each point, its start and end marked.
        case path
    }

    public var label: String
    public var points: [Point]
    public var style: Style

    public init(label: String, points: [Point], style: Style = .curve) {
        self.label = label
        self.points = points
        self.style = style
    }
}

/// Level curves of f(x, y) sampled on a grid, with runs drawn over them.
public struct ContourChart: Sendable, Hashable, Codable {
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    /// f at the grid's points, row by row from the lowest y, each row from the lowest x.
    public var values: [[Double]]
    /// How many level curves to draw; their values are chosen when drawn, log-spaced when
    /// the sampled range spans decades above zero.
    public var levelCount: Int
    /// Runs, drawn with arrows in their direction of travel.
    public var paths: [Series]

    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, values: [[Double]], levelCount: Int = 12, paths: [Series] = []) {
        self.x = x
        self.y = y
        self.values = values
        self.levelCount = levelCount
        self.paths = paths
    }
}

/// Which minimum each start of a grid reached: a map of basins of attraction.
public struct BasinChart: Sendable, Hashable, Codable {
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    /// For each grid cell, row by row from the lowest y: the index of the minimum it reached,
    /// or nil for a run that diverged or did not settle.
    public var cells: [[Int?]]
    /// The minima, named as the legend shows them.
    public var minima: [String]
    /// Where each minimum is, marked on the map.
    public var minimumPoints: [Point]

    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, cells: [[Int?]], minima: [String], minimumPoints: [Point]) {
        self.x = x
        self.y = y
        self.cells = cells
        self.minima = minima
        self.minimumPoints = minimumPoints
    }
}

public struct Point: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
