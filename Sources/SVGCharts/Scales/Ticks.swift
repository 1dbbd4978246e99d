#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// "Nice" tick values: steps of 1, 2 or 5 times a power of ten (Heckbert's nice numbers,
/// as d3's `ticks` computes them), so axes read 0, 0.2, 0.4 … rather than 0, 0.17, 0.34 ….
enum Ticks {
    /// The nice step that gives about `count` ticks between `low` and `high`.
    static func step(_ low: Double, _ high: Double, count: Int) -> Double {
        let raw = abs(high - low) / Double(max(count, 1))
        guard raw > 0, raw.isFinite else { return 1 }
        var step = pow(10, floor(log10(raw)))
        let error = raw / step
        if error >= 50.squareRoot() { step *= 10 } else if error >= 10.squareRoot() { step *= 5 } else if error >= 2.squareRoot() { step *= 2 }
        return step
    }

    /// The multiples of `step` from `low` to `high`.
    static func values(_ low: Double, _ high: Double, step: Double) -> [Double] {
        guard step > 0, low.isFinite, high.isFinite else { return [] }
        let first = (low / step - 1e-9).rounded(.up)
        let last = (high / step + 1e-9).rounded(.down)
        guard first <= last, last - first < 1000 else { return [] }
        return stride(from: first, through: last, by: 1).map { multiple($0, of: step) }
    }

    /// The smallest interval of multiples of a nice step that holds `low…high`. Widening the
    /// interval can change the step, so it repeats until the step settles, as d3's `nice` does.
    static func niceDomain(_ low: Double, _ high: Double, count: Int) -> ClosedRange<Double> {
        var (low, high) = (low, high)
        var previous = 0.0
        for _ in 0..<10 {
            let step = self.step(low, high, count: count)
            if step == previous { break }
            previous = step
            low = multiple((low / step + 1e-9).rounded(.down), of: step)
            high = multiple((high / step - 1e-9).rounded(.up), of: step)
        }
        return low...high
    }

    /// index × step, computed as index ÷ (1/step) when the step is a decimal fraction, so
    /// that 3 × 0.1 is written 0.3, not 0.30000000000000004.
    private static func multiple(_ index: Double, of step: Double) -> Double {
        let inverse = 1 / step
        if step < 1, abs(inverse - inverse.rounded()) < 1e-9 { return index / inverse.rounded() }
        return index * step
    }
}
