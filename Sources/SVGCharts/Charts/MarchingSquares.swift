/// Level curves of a sampled function by marching squares (Lorensen and Cline's marching
/// cubes, in two dimensions): each grid cell's corners above or below the level pick which
/// of its edges the curve crosses, and where, by linear interpolation. The pieces are then
/// joined into polylines, in a fixed order, so the SVG is small and deterministic.
enum MarchingSquares {
    /// A crossing point, identified by the grid edge it lies on so pieces meet exactly.
    private struct Edge: Hashable {
        let column: Int
        let row: Int
        let vertical: Bool
    }

    /// The curves where `values` (values[row][column]) equals `level`, in grid coordinates:
    /// x = column, y = row, both fractional.
    static func curves(_ values: [[Double]], level: Double) -> [[(x: Double, y: Double)]] {
        var segments: [(Edge, Edge)] = []
        var positions: [Edge: (x: Double, y: Double)] = [:]
        let rows = values.count, columns = values.first?.count ?? 0
        guard rows >= 2, columns >= 2 else { return [] }
        func crossing(_ edge: Edge) -> Edge {
            if positions[edge] == nil {
                let (c, r) = (edge.column, edge.row)
                let (a, b) = edge.vertical ? (values[r][c], values[r + 1][c]) : (values[r][c], values[r][c + 1])
                let t = a == b ? 0.5 : min(1, max(0, (level - a) / (b - a)))
                positions[edge] = edge.vertical ? (Double(c), Double(r) + t) : (Double(c) + t, Double(r))
            }
            return edge
        }
        for r in 0..<(rows - 1) {
            for c in 0..<(columns - 1) {
                let corners = [values[r][c], values[r][c + 1], values[r + 1][c + 1], values[r + 1][c]]
                guard corners.allSatisfy(\.isFinite) else { continue }
                let index = corners.enumerated().reduce(0) { $0 | ($1.element >= level ? 1 << $1.offset : 0) }
                let bottom = Edge(column: c, row: r, vertical: false), top = Edge(column: c, row: r + 1, vertical: false)
                let left = Edge(column: c, row: r, vertical: true), right = Edge(column: c + 1, row: r, vertical: true)
                let centreAbove = corners.reduce(0, +) / 4 >= level
                let pairs: [(Edge, Edge)]
                switch index {
                case 1, 14: pairs = [(left, bottom)]
                case 2, 13: pairs = [(bottom, right)]
                case 3, 12: pairs = [(left, right)]
                case 4, 11: pairs = [(right, top)]
                case 6, 9: pairs = [(bottom, top)]
                case 7, 8: pairs = [(left, top)]
                // Saddle cells: the centre decides which corners the curve separates.
                case 5: pairs = centreAbove ? [(left, top), (bottom, right)] : [(left, bottom), (right, top)]
                case 10: pairs = centreAbove ? [(left, bottom), (right, top)] : [(bottom, right), (left, top)]
                default: pairs = []
                }
                for (a, b) in pairs { segments.append((crossing(a), crossing(b))) }
            }
        }
        return join(segments).map { line in
            // A curve through a grid point crosses two edges at that same point; draw it once.
            var points: [(x: Double, y: Double)] = []
            for point in line.compactMap({ positions[$0] }) where points.last.map({ $0 != point }) ?? true {
                points.append(point)
            }
            return points
        }
    }

    /// Joins segments that share a crossing into polylines, in the order segments were found.
    private static func join(_ segments: [(Edge, Edge)]) -> [[Edge]] {
        var touching: [Edge: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            touching[segment.0, default: []].append(index)
            touching[segment.1, default: []].append(index)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var lines: [[Edge]] = []
        func extend(_ line: inout [Edge]) {
            while let end = line.last, let next = touching[end]?.first(where: { !used[$0] }) {
                used[next] = true
                line.append(segments[next].0 == end ? segments[next].1 : segments[next].0)
            }
        }
        for (index, segment) in segments.enumerated() where !used[index] {
            used[index] = true
            var forward = [segment.0, segment.1]
            extend(&forward)
            var backward = [segment.0]
            extend(&backward)
            lines.append(backward.reversed() + forward.dropFirst())
        }
        return lines
    }
}
