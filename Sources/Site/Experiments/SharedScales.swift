import LessonsCore

/// The same figure of every variant of a swept block on the same axes: a line chart's axes
/// span every variant's data, so that moving the slider moves the curve, not the scale.
enum SharedScales {
    /// Each variant's outputs, its line charts widened to the extent of their counterparts.
    static func apply(to variants: [BlockVariant]) -> [[Output]] {
        let figures = variants.map { $0.outputs.compactMap { if case .figure(let figure) = $0 { figure } else { nil } } }
        let count = figures.map(\.count).max() ?? 0
        let extents = (0..<count).map { index -> (x: [Double], y: [Double]) in
            let points = figures.compactMap { $0.indices.contains(index) ? $0[index] : nil }.flatMap { figure -> [Point] in
                if case .line(let chart) = figure.chart { chart.shownPoints } else { [] }
            }
            return (bounds(points.map(\.x)), bounds(points.map(\.y)))
        }
        return variants.map { variant in
            var index = -1
            return variant.outputs.map { output in
                guard case .figure(var figure) = output else { return output }
                index += 1
                if case .line(var chart) = figure.chart {
                    chart.includedX = extents[index].x
                    chart.includedY = extents[index].y
                    figure.chart = .line(chart)
                }
                return .figure(figure)
            }
        }
    }

    /// The smallest and largest finite values, or none.
    private static func bounds(_ values: [Double]) -> [Double] {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return [] }
        return [low, high]
    }
}
