#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LessonsCore

/// A run of descent drawn over a chart: a thin line through its steps, a dot at each step,
/// a ring at the start and a square at the end, and, on maps, arrows along the way.
enum RunMarks {
    /// `endsInView` false: the last point is where the run left the chart, with no square.
    static func markup(_ points: [(x: Double, y: Double)], series: Int, steps: Bool, arrows: Bool, endsInView: Bool = true) -> Markup {
        guard let start = points.first, let end = points.last else { return .fragment([]) }
        // On a map a halo in the page's colour keeps the run visible over any colour below it.
        var marks: [Markup] = arrows ? [.tag("path", ["class": "run-halo", "d": SVG.pathData(points)])] : []
        marks.append(.tag("path", ["class": "run series-\(series)", "d": SVG.pathData(points)]))
        if steps {
            marks += points.map { point in
                .tag("circle", ["class": "step fill-\(series)", "cx": SVG.number(point.x), "cy": SVG.number(point.y), "r": "2"])
            }
        }
        if arrows {
            marks += arrowMarks(points, series: series)
        }
        marks.append(.tag("circle", ["class": "run-start series-\(series)", "cx": SVG.number(start.x), "cy": SVG.number(start.y), "r": "5"]))
        if endsInView {
            marks.append(.tag("rect", ["class": "run-end fill-\(series)", "x": SVG.number(end.x - 4), "y": SVG.number(end.y - 4),
                                       "width": "8", "height": "8"]))
        }
        return SVG.group(class: "run-marks", marks)
    }

    /// Arrowheads a quarter, half and three quarters of the way along, pointing the way the
    /// run went.
    private static func arrowMarks(_ points: [(x: Double, y: Double)], series: Int) -> [Markup] {
        guard points.count >= 3 else { return [] }
        return [0.25, 0.5, 0.75].compactMap { fraction in
            let index = min(points.count - 2, max(0, Int(Double(points.count - 1) * fraction)))
            let (a, b) = (points[index], points[index + 1])
            let (dx, dy) = (b.x - a.x, b.y - a.y)
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 0.5 else { return nil }
            let (ux, uy) = (dx / length, dy / length)
            let tip = (x: (a.x + b.x) / 2 + ux * 4, y: (a.y + b.y) / 2 + uy * 4)
            let back = (x: tip.x - ux * 9, y: tip.y - uy * 9)
            let corners = [tip, (x: back.x - uy * 4, y: back.y + ux * 4), (x: back.x + uy * 4, y: back.y - ux * 4)]
            return .tag("polygon", ["class": "arrow fill-\(series)",
                                    "points": corners.map { SVG.number($0.x) + "," + SVG.number($0.y) }.joined(separator: " ")])
        }
    }
}
