import Engine
import Interpreter
import LessonsCore

/// Which minimum descent reaches from each start of a grid, and the minima themselves.
final class BasinMap: DocumentedObject {
    static let typeName = "Basins"
    static let doc = "Which minimum descent reaches from each start of a grid: the minima, and the share of starts that reach each."
    static let properties: [ObjectProperty<BasinMap>] = [
        .init("minima", .array(.tuple([.double, .double])), doc: "The minima reached, lowest value first, as (x, y).") { map in
            .array(map.minima.map { .tuple(Tuple(elements: $0.point.map(Value.double))) })
        },
        .init("values", .array(.double), doc: "The function's value at each minimum, in the same order.") { map in
            .array(map.minima.map { .double($0.value) })
        },
        .init("shares", .array(.double), doc: "The fraction of starts that reach each minimum, in the same order.") { map in
            .array(map.minima.indices.map { index in .double(map.share { $0 == index }) })
        },
        .init("unsettled", .double, doc: "The fraction of starts that diverged or had not settled when the steps ran out.") { map in
            .double(map.share { $0 == nil })
        },
    ]

    /// The minima reached, lowest value first.
    let minima: [(point: [Double], value: Double)]
    /// For each start, row by row from the lowest y: the index of its minimum, or nil.
    let assignments: [[Int?]]

    init(minima: [(point: [Double], value: Double)], assignments: [[Int?]]) {
        self.minima = minima
        self.assignments = assignments
    }

    var printed: String { "Basins(\(minima.count) minima)" }

    /// The fraction of starts whose minimum passes the test.
    private func share(_ test: (Int?) -> Bool) -> Double {
        let starts = assignments.joined()
        return Double(starts.filter(test).count) / Double(starts.count)
    }

    /// Runs descent from every cell of the grid and groups where they settled. A run
    /// settled if it did not diverge and its gradient vanished to `gradientTolerance`.
    static func compute(
        _ tape: ExpressionTape, x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int,
        optimizer: Engine.Optimizer, settings: DescentSettings
    ) -> BasinMap {
        let xs = Grid.linspace(x.lowerBound, x.upperBound, count: resolution)
        let ys = Grid.linspace(y.lowerBound, y.upperBound, count: resolution)
        var starts: [Double] = []
        starts.reserveCapacity(2 * resolution * resolution)
        for y in ys {
            for x in xs { starts.append(x); starts.append(y) }
        }
        let runs = Descent.run(tape, fromPacked: starts, optimizer: optimizer, settings: settings)
        var minima: [(point: [Double], value: Double)] = []
        let span = max(x.upperBound - x.lowerBound, y.upperBound - y.lowerBound)
        let labels: [Int?] = runs.map { run in
            guard run.divergedAt == nil, let norm = run.gradientNorms.last, norm < 1e-4 * max(1, abs(run.final.value)) else {
                return nil
            }
            let point = run.final.point
            if let index = minima.firstIndex(where: { zip($0.point, point).allSatisfy { abs($0 - $1) < 1e-3 * span } }) {
                return index
            }
            minima.append((point, run.final.value))
            return minima.count - 1
        }
        // Lowest minimum first; the labels follow.
        let order = minima.indices.sorted { (minima[$0].value, $0) < (minima[$1].value, $1) }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let assignments = stride(from: 0, to: labels.count, by: resolution).map { row in
            labels[row..<row + resolution].map { $0.flatMap { rank[$0] } }
        }
        return BasinMap(minima: order.map { minima[$0] }, assignments: assignments)
    }

    func chart(x: ClosedRange<Double>, y: ClosedRange<Double>) -> BasinChart {
        BasinChart(
            x: x, y: y, cells: assignments,
            minima: minima.map { "(\(NumberFormat.text(($0.point[0] * 100).rounded() / 100)), \(NumberFormat.text(($0.point[1] * 100).rounded() / 100)))" },
            minimumPoints: minima.map { Point(x: $0.point[0], y: $0.point[1]) })
    }
}
