/// The one way numbers become text, in pages, charts and messages, so that output is
/// byte-identical on every run and every machine. Nothing here reads the locale.
public enum NumberFormat {
    /// A number as Swift prints it (`0.25`, `1e-10`, `3.0`): the shortest text that reads
    /// back as the same `Double`.
    public static func swift(_ value: Double) -> String {
        value.description
    }

    /// A number rounded to at most `decimals` places, without trailing zeros or `-0`:
    /// the coordinates of SVG charts.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        let scale = power10(decimals)
        let scaled = (value * scale).rounded()
        // Beyond 2^53 the decimals are noise anyway; Swift prints such numbers exactly.
        guard abs(scaled) < 9.0e15 else { return swift(value.rounded()) }
        if scaled == 0 { return "0" }
        let magnitude = Int64(abs(scaled))
        let divisor = Int64(scale)
        let whole = magnitude / divisor
        var fraction = decimals > 0 ? String(magnitude % divisor) : ""
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let sign = scaled < 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A number set in running text, such as a chart's description: Swift's shortest form,
    /// without a trailing `.0`, and with a true minus sign (`−4`, `0.25`, `1e−10`).
    public static func text(_ value: Double) -> String {
        var text = swift(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text.replacingMinus()
    }

    /// A tick label: as many decimals as the tick step needs, and a true minus sign (−).
    public static func tick(_ value: Double, step: Double) -> String {
        let magnitude = max(abs(value), abs(step))
        if magnitude >= 1e6 || (step != 0 && abs(step) < 1e-4) {
            return swift(value).replacingMinus()
        }
        return fixed(value, decimals: decimalsNeeded(for: step)).replacingMinus()
    }

    /// The fewest decimals that write every multiple of `step` exactly (0.25 → 2, 5 → 0).
    public static func decimalsNeeded(for step: Double) -> Int {
        var decimals = 0
        var scaled = abs(step)
        while decimals < 10 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, scaled) {
            decimals += 1
            scaled *= 10
        }
        return decimals
    }

    private static func power10(_ exponent: Int) -> Double {
        (0..<max(exponent, 0)).reduce(1.0) { result, _ in result * 10 }
    }
}

extension String {
    /// Typographic minus signs, for numbers set in text.
    fileprivate func replacingMinus() -> String {
        String(map { $0 == "-" ? "\u{2212}" : $0 })
    }
}

extension NumberFormat {
    /// A number to about `digits` significant digits, for tables a reader scans: `0.2500`
    /// becomes `0.25`, `1234.567` `1235`, and very small or large values go to `1.5e−7`.
    public static func significant(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : fixed(value, decimals: 0).replacingMinus() }
        var exponent = 0
        var magnitude = abs(value)
        while magnitude >= 10 { magnitude /= 10; exponent += 1 }
        while magnitude < 1 { magnitude *= 10; exponent -= 1 }
        if (-4..<7).contains(exponent) {
            return fixed(value, decimals: max(0, digits - 1 - exponent)).replacingMinus()
        }
        // Rounding the mantissa can carry it to 10: 9.99996e5 is 1e6.
        var mantissa = (value < 0 ? -magnitude : magnitude)
        let rounded = Double(fixed(mantissa, decimals: digits - 1)) ?? mantissa
        if abs(rounded) >= 10 { mantissa /= 10; exponent += 1 }
        return (fixed(mantissa, decimals: digits - 1) + "e" + String(exponent)).replacingMinus()
    }
}
