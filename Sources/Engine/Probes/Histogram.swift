/// Values counted into equal-width bins over a range: the weight histograms of a layer.
public struct Histogram: Sendable, Hashable {
    public let range: ClosedRange<Double>
    /// How many values fell in each bin, from the lowest. A value on the boundary between
    /// two bins counts in the upper one, and the range's upper bound in the last bin.
    public let counts: [Int]
    /// Values outside the range, or not finite, which no bin counts.
    public let outside: Int

    public init(_ values: [Double], bins: Int, range: ClosedRange<Double>) {
        precondition(bins > 0, "a histogram needs a bin")
        self.range = range
        var counts = Array(repeating: 0, count: bins)
        var outside = 0
        let width = range.upperBound - range.lowerBound
        for value in values {
            guard value.isFinite, range.contains(value) else {
                outside += 1
                continue
            }
            let bin = width > 0 ? Int((value - range.lowerBound) / width * Double(bins)) : 0
            counts[min(bin, bins - 1)] += 1
        }
        self.counts = counts
        self.outside = outside
    }

    /// The smallest range holding every finite value of every set, widened by half a unit
    /// around a single value so that it has a width; nil when there is no finite value.
    public static func range(covering sets: [[Double]]) -> ClosedRange<Double>? {
        let finite = sets.joined().filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low < high ? low...high : (low - 0.5)...(high + 0.5)
    }
}
