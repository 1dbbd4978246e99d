#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LessonsCore

/// A scale of either kind, with ticks already labelled.
enum Scale {
    case linear(LinearScale)
    case log(LogScale)

    func callAsFunction(_ value: Double) -> Double {
        switch self {
        case .linear(let scale): scale(value)
        case .log(let scale): scale(value)
        }
    }

    /// Whether a value can be drawn on this scale at all.
    func contains(_ value: Double) -> Bool {
        switch self {
        case .linear: value.isFinite
        case .log: value.isFinite && value > 0
        }
    }

    /// How the page's script turns a pixel back into a value, for readouts: the kind, the
    /// two ends of the domain (exponents for a log scale) and their pixels.
    var inverse: String {
        switch self {
        case .linear(let scale):
            let (low, high) = (scale.domain.lowerBound, scale.domain.upperBound)
            return ["linear", "\(low)", "\(high)", SVG.number(scale(low)), SVG.number(scale(high))].joined(separator: " ")
        case .log(let scale):
            let (low, high) = (scale.decades.lowerBound, scale.decades.upperBound)
            return ["log", "\(low)", "\(high)", SVG.number(scale(pow(10, low))), SVG.number(scale(pow(10, high)))].joined(separator: " ")
        }
    }

    func ticks(count: Int) -> [(value: Double, label: String)] {
        switch self {
        case .linear(let scale):
            let (values, step) = scale.ticks(count: count)
            return values.map { ($0, NumberFormat.tick($0, step: step)) }
        case .log(let scale):
            return scale.ticks()
        }
    }

    /// The scale for `values` along `range`: nice linear bounds, or for a log scale the data's
    /// own span, a twentieth wider on each side and at least one decade, so the axis ends
    /// near the data instead of at the next power of ten.
    static func make(_ kind: AxisScale, values: [Double], range: ClosedRange<Double>, flipped: Bool, nice: Bool, tickCount: Int) -> Scale {
        switch kind {
        case .linear:
            return .linear(LinearScale(domain: LinearScale.domain(of: values, nice: nice, tickCount: tickCount), range: range, isFlipped: flipped))
        case .log:
            let positive = values.filter { $0.isFinite && $0 > 0 }
            var (low, high) = (log10(positive.min() ?? 1), log10(positive.max() ?? 10))
            let pad = max(0.05 * (high - low), (1 - (high - low)) / 2, 0)
            (low, high) = (low - pad, high + pad)
            return .log(LogScale(decades: low...high, range: range, isFlipped: flipped))
        }
    }
}

/// Maps positive values onto a range by their logarithm, over whole decades.
struct LogScale {
    /// The powers of ten at the ends, as exponents.
    let decades: ClosedRange<Double>
    let range: ClosedRange<Double>
    let isFlipped: Bool

    func callAsFunction(_ value: Double) -> Double {
        let t = (log10(value) - decades.lowerBound) / (decades.upperBound - decades.lowerBound)
        let u = isFlipped ? 1 - t : t
        return range.lowerBound + u * (range.upperBound - range.lowerBound)
    }

    /// A tick at each decade inside the axis, or at every few decades when there are many;
    /// on an axis that holds fewer than two decades, at 1, 2 and 5 times each power of ten.
    func ticks() -> [(value: Double, label: String)] {
        let (first, last) = (Int(ceil(decades.lowerBound - 1e-9)), Int(floor(decades.upperBound + 1e-9)))
        if last - first >= 1 {
            let every = max(1, (last - first + 7) / 8)
            return stride(from: first, through: last, by: every).map { (pow(10, Double($0)), Self.label($0)) }
        }
        return (first - 1...last).flatMap { exponent in
            [1.0, 2, 5].map { $0 * pow(10, Double(exponent)) }
        }.filter { (decades.lowerBound...decades.upperBound).contains(log10($0)) }.map { ($0, NumberFormat.significant($0, digits: 2)) }
    }

    /// 0.01, 0.1, 1, 10, 100 near 1; 10⁻⁶ and 10⁶ beyond.
    static func label(_ exponent: Int) -> String {
        switch exponent {
        case -2...3: NumberFormat.text(pow(10, Double(exponent)))
        default: "10" + String(String(exponent).map { superscripts[$0] ?? $0 })
        }
    }

    private static let superscripts: [Character: Character] = [
        "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
}
