/// Distributions as small multiples: one panel per set of values, all binned over the same
/// range so the panels compare at a glance.
public struct HistogramChart: Sendable, Hashable, Codable {
    /// One set of values, already counted into the chart's bins.
    public struct Panel: Sendable, Hashable, Codable {
        public var label: String
        /// How many values fell in each bin, from the lowest; every panel has the same bins.
        public var counts: [Int]

        public init(label: String, counts: [Int]) {
            self.label = label
            self.counts = counts
        }
    }

    public var panels: [Panel]
    /// The bins split this range into equal widths.
    public var range: ClosedRange<Double>
    public var xLabel: String

    public init(panels: [Panel], range: ClosedRange<Double>, xLabel: String = "value") {
        self.panels = panels
        self.range = range
        self.xLabel = xLabel
    }
}
