/// Values per category, as bars side by side: one bar per series in each category's group,
/// such as a statistic per layer of several networks.
public struct BarChart: Sendable, Hashable, Codable {
    /// One named set of values, one per category. A value that is not finite (or, on a log
    /// scale, not positive) draws no bar.
    public struct Bars: Sendable, Hashable, Codable {
        public var label: String
        public var values: [Double]

        public init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    public var categories: [String]
    public var series: [Bars]
    public var xLabel: String
    public var yLabel: String
    public var yScale: AxisScale

    public init(categories: [String], series: [Bars], xLabel: String, yLabel: String, yScale: AxisScale = .linear) {
        self.categories = categories
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yScale = yScale
    }
}
