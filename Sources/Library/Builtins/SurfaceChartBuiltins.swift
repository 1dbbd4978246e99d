import Engine
import Interpreter
import LessonsCore

/// Charts of functions and of descent: runs over a curve, loss against step, level curves
/// with runs over them, and basins of attraction.
enum SurfaceChartBuiltins {
    static let topic = ChartBuiltins.topic
    static let runs = ValueType.array(.object(DescentRun.typeName))

    static var all: [Builtin] { [
        Builtin(
            "plot", parameters: [
                Parameter(nil, "function", .function([.double], .double)), Parameter("over", .closedRange(.double)),
                Parameter("paths", runs), Parameter("labels", .array(.string), default: .array([])),
                Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws a function and runs of descent on it: a dot at each step, a ring at the start, a square at the end; each run is named by its label, or by where it started.",
            example: "let f = { (x: Double) in x * x }\nplot(f, over: -2...2, paths: [descend(f, from: 1.8, learningRate: 0.2, steps: 8)])"
        ) { call in
            let range = call.range(1)
            var series = [Series(label: call.context.name(of: call.arguments[0]) ?? "f",
                                 points: try ChartBuiltins.sample(call.arguments[0], over: range, call: call))]
            let runs = descentRuns(call.array(2))
            let names = try runLabels(call.array(3), runs: runs, argument: 3)
            for (run, name) in zip(runs, names) {
                let trajectory = run.trajectory
                series.append(Series(label: name, points: zip(trajectory.points, trajectory.values).map {
                    Point(x: $0[0], y: $1)
                }, style: .path))
            }
            let title = call.string(4).isEmpty ? "Descent on \(series[0].label)" : call.string(4)
            call.context.emit(.figure(Figure(title: title, summary: "\(series[0].label) for x from \(NumberFormat.significant(range.lowerBound)) to "
                + "\(NumberFormat.significant(range.upperBound)), with \(series.count - 1) run\(series.count == 2 ? "" : "s") of descent.",
                chart: .line(LineChart(series: series, yLabel: "f(x)", xDomain: range)))))
            return .void
        },
        Builtin(
            "plot", parameters: [
                Parameter(nil, "series", .array(.array(.double))), Parameter("labels", .array(.string), default: .array([])),
                Parameter("from", .int, default: .int(0)),
                Parameter("logScale", .bool, default: .bool(false)), Parameter("xLabel", .string, default: .string("step")),
                Parameter("yLabel", .string, default: .string("value")), Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws sequences of numbers against their index, counted from `from` (1 for epochs or layers), such as f along runs of descent; logScale draws y by decades.",
            example: "let run = descend(rosenbrock, from: (-1, 1), learningRate: 1e-3, steps: 500)\nplot([run.values], labels: [\"f\"], logScale: true)"
        ) { call in
            let sequences = call.array(0).map { ArrayBuiltins.numbers($0) }
            let labels = try ChartBuiltins.labels(call.array(1).map(\.printed), count: sequences.count, argument: 1)
            let first = call.int(2)
            let series = zip(labels, sequences).map { label, values in
                Series(label: label, points: values.enumerated().map { Point(x: Double(first + $0.offset), y: $0.element) })
            }
            let (logY, xLabel, yLabel) = (call.bool(3), call.string(4), call.string(5))
            let title = call.string(6).isEmpty ? "\(yLabel) against \(xLabel)" : call.string(6)
            call.context.emit(.figure(Figure(title: title, summary: "\(yLabel) against \(xLabel) for "
                + series.map(\.label).joined(separator: ", ") + (logY ? ", on a logarithmic scale." : "."),
                chart: .line(LineChart(series: series, xLabel: xLabel, yLabel: yLabel, yScale: logY ? .log : .linear)))))
            return .void
        },
        Builtin(
            "plot", parameters: [
                Parameter(nil, "series", .array(.array(.double))), Parameter("against", "xs", .array(.array(.double))),
                Parameter("labels", .array(.string), default: .array([])), Parameter("logScale", .bool, default: .bool(false)),
                Parameter("logX", .bool, default: .bool(false)), Parameter("xLabel", .string, default: .string("x")),
                Parameter("yLabel", .string, default: .string("value")), Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws each sequence of numbers against its own x values, such as cost against the number of updates; logX and logScale draw x and y by decades.",
            example: "plot([[1, 0.5, 0.25]], against: [[1, 10, 100]], logX: true, xLabel: \"update\", yLabel: \"cost\")"
        ) { call in
            let (sequences, xs) = (call.array(0).map(ArrayBuiltins.numbers), call.array(1).map(ArrayBuiltins.numbers))
            guard xs.count == sequences.count else { throw BuiltinError(.seriesCountMismatch(xs.count, sequences.count), argument: 1) }
            if let uneven = sequences.indices.first(where: { xs[$0].count != sequences[$0].count }) { throw BuiltinError(.pointCountMismatch(series: uneven + 1, xs: xs[uneven].count, ys: sequences[uneven].count), argument: 1) }
            let labels = try ChartBuiltins.labels(call.array(2).map(\.printed), count: sequences.count, argument: 2)
            let series = zip(labels, zip(xs, sequences)).map { label, pair in
                Series(label: label, points: zip(pair.0, pair.1).map { Point(x: $0, y: $1) })
            }
            let (logY, logX, xLabel, yLabel) = (call.bool(3), call.bool(4), call.string(5), call.string(6))
            let scales = [logX ? "x" : nil, logY ? "y" : nil].compactMap { $0 }
            call.context.emit(.figure(Figure(
                title: call.string(7).isEmpty ? "\(yLabel) against \(xLabel)" : call.string(7),
                summary: "\(yLabel) against \(xLabel) for " + labels.joined(separator: ", ")
                    + (scales.isEmpty ? "." : ", with \(scales.joined(separator: " and ")) on a logarithmic scale."),
                chart: .line(LineChart(series: series, xLabel: xLabel, yLabel: yLabel, xScale: logX ? .log : .linear, yScale: logY ? .log : .linear)))))
            return .void
        },
        Builtin(
            "contour", parameters: [
                Parameter(nil, "function", .function([.double, .double], .double)),
                Parameter("x", .closedRange(.double)), Parameter("y", .closedRange(.double)),
                Parameter("paths", runs, default: .array([])), Parameter("labels", .array(.string), default: .array([])),
                Parameter("levels", .int, default: .int(12)), Parameter("title", .string, default: .string("")),
            ], returns: .void, topic: topic,
            doc: "Draws level curves of f(x, y), log-spaced when its values span decades, with runs of descent over them.",
            example: "contour(saddle, x: -2...2, y: -2...2, paths: [descend(saddle, from: (1.0, 0.01), learningRate: 0.1, steps: 40)])"
        ) { call in
            let (x, y) = (call.range(1), call.range(2))
            let levels = call.int(5)
            guard (1...40).contains(levels) else { throw BuiltinError(.levelCount(levels), argument: 5) }
            let values = try sampleGrid(call.arguments[0], x: x, y: y, resolution: 81, call: call)
            let runs = descentRuns(call.array(3))
            let paths = zip(runs, try runLabels(call.array(4), runs: runs, argument: 4)).map { run, name in
                Series(label: name, points: run.trajectory.points.map { Point(x: $0[0], y: $0[1]) })
            }
            let name = call.context.name(of: call.arguments[0]) ?? "f"
            call.context.emit(.figure(Figure(
                title: call.string(6).isEmpty ? "Level curves of \(name)" : call.string(6),
                summary: "Level curves of \(name) for x from \(NumberFormat.significant(x.lowerBound)) to \(NumberFormat.significant(x.upperBound)) "
                    + "and y from \(NumberFormat.significant(y.lowerBound)) to \(NumberFormat.significant(y.upperBound))" + (paths.isEmpty ? "." : ", with \(paths.count) run\(paths.count == 1 ? "" : "s") of descent: " + paths.map(\.label).joined(separator: ", ") + "."),
                chart: .contour(ContourChart(x: x, y: y, values: values, levelCount: levels, paths: paths)))))
            return .void
        },
        Builtin(
            "basins", parameters: [
                Parameter(nil, "function", .function([.double, .double], .double)),
                Parameter("x", .closedRange(.double)), Parameter("y", .closedRange(.double)),
                Parameter("resolution", .int, default: .int(41)),
                Parameter("learningRate", .double), Parameter("steps", .int),
                Parameter("optimizer", .enumeration(LibraryEnumerations.optimizer),
                          default: .enumCase(EnumCase(enumeration: LibraryEnumerations.optimizer, name: "gradientDescent"))),
                Parameter("title", .string, default: .string("")),
            ], returns: .object(BasinMap.typeName), topic: topic,
            doc: "Descends from every point of a grid and maps which minimum each start reached: the basins of attraction.",
            example: "let map = basins(himmelblau, x: -5...5, y: -5...5, resolution: 21, learningRate: 0.01, steps: 400)\nmap.minima.count"
        ) { call in
            let resolution = call.int(3)
            guard (2...201).contains(resolution) else { throw BuiltinError(.resolution(resolution), argument: 3) }
            let steps = call.int(5)
            try call.context.reserve(elements: resolution * resolution * (steps + 1) * 4)
            let tape = try Tracer.differentiable(call.arguments[0], shape: .pair, call: call)
            guard case .enumCase(let optimizer) = call.arguments[6] else { return .void }
            let (x, y) = (call.range(1), call.range(2))
            let map = BasinMap.compute(tape, x: x, y: y, resolution: resolution,
                                       optimizer: LibraryEnumerations.engineOptimizer(optimizer),
                                       settings: DescentSettings(learningRate: try call.double(4), steps: steps, seed: call.context.seed))
            let name = call.context.name(of: call.arguments[0]) ?? "f"
            call.context.emit(.figure(Figure(
                title: call.string(7).isEmpty ? "Basins of attraction of \(name)" : call.string(7),
                summary: "Which minimum descent on \(name) reaches from each of \(resolution * resolution) starts: "
                    + "\(map.minima.count) minima.",
                chart: .basins(map.chart(x: x, y: y)))))
            return .object(map)
        },
    ] }

    /// The runs' legends: the labels given, one per run, or where each started.
    static func runLabels(_ labels: [Value], runs: [DescentRun], argument: Int) throws -> [String] {
        guard labels.isEmpty || labels.count == runs.count else {
            throw BuiltinError(.labelCountMismatch(labels: labels.count, functions: runs.count), argument: argument)
        }
        return labels.isEmpty ? runs.map { startLabel($0.trajectory.points.first ?? []) } : labels.map(\.printed)
    }

    /// A run's legend: where it started, "from x = −2" or "from (1, 0.01)".
    static func startLabel(_ start: [Double]) -> String {
        let coordinates = start.map { NumberFormat.significant($0, digits: 3) }
        return coordinates.count == 1 ? "from x = \(coordinates[0])" : "from (" + coordinates.joined(separator: ", ") + ")"
    }

    static func descentRuns(_ values: [Value]) -> [DescentRun] {
        values.compactMap { if case .object(let run as DescentRun) = $0 { run } else { nil } }
    }

    /// f on a resolution × resolution grid, rows from the lowest y: from the recorded tape
    /// when the function can be recorded, else through the interpreter.
    static func sampleGrid(_ function: Value, x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int, call: Invocation) throws -> [[Double]] {
        let xs = Grid.linspace(x.lowerBound, x.upperBound, count: resolution)
        let ys = Grid.linspace(y.lowerBound, y.upperBound, count: resolution)
        if case .success(let tape) = try Tracer.tape(of: function, shape: .pair, call: call) {
            return ys.map { y in xs.map { tape.value(at: [$0, y]) } }
        }
        let callable = call.callable(function)
        return try ys.map { y in
            try xs.map { x in ArrayBuiltins.number(try callable(.double(x), .double(y))) }
        }
    }
}
