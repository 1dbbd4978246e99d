/// Maps a domain of data values linearly onto a range of pixels.
struct LinearScale {
    let domain: ClosedRange<Double>
    let range: ClosedRange<Double>
    /// Pixels grow downward in SVG, so a y scale is flipped.
    let isFlipped: Bool

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span == 0 ? 0.5 : (value - domain.lowerBound) / span
        let u = isFlipped ? 1 - t : t
        return range.lowerBound + u * (range.upperBound - range.lowerBound)
    }

    /// About `count` nice tick values inside the domain, and their step.
    func ticks(count: Int) -> (values: [Double], step: Double) {
        let step = Ticks.step(domain.lowerBound, domain.upperBound, count: count)
        return (Ticks.values(domain.lowerBound, domain.upperBound, step: step), step)
    }

    /// The domain covering `values`, padded when they are all equal so the line shows.
    static func domain(of values: [Double], nice: Bool, tickCount: Int) -> ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max() else { return 0...1 }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
        }
        return nice ? Ticks.niceDomain(low, high, count: tickCount) : low...high
    }
}
