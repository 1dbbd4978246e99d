/// The built-in functions of the lessons on minima and saddle points, each with its formula
/// and its known critical points.
public enum Surface: String, CaseIterable, Sendable {
    /// f(x) = x⁴ − 3x² + x: two valleys, the left one deeper.
    case doubleWell
    /// f(x, y) = x² − y²: the textbook saddle at the origin.
    case saddle
    /// f(x, y) = x³ − 3xy²: three valleys meet at a flat, degenerate saddle.
    case monkeySaddle
    /// f(x, y) = (1 − x)² + 100(y − x²)² (Rosenbrock 1960): a curved valley, minimum at (1, 1).
    case rosenbrock
    /// f(x, y) = (x² + y − 11)² + (x + y² − 7)² (Himmelblau 1972): four minima of value 0.
    case himmelblau
    /// f(x, y) = 20 + x² − 10 cos 2πx + y² − 10 cos 2πy (Rastrigin 1974): a grid of local minima.
    case rastrigin
    /// f(x, y) = (4 − 2.1x² + x⁴/3)x² + xy + (4y² − 4)y²: six humps, two global minima.
    case sixHumpCamel
    /// f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)² (Beale 1958): minimum at (3, 0.5).
    case beale

    public var dimension: Int { self == .doubleWell ? 1 : 2 }

    public var formulaText: String {
        switch self {
        case .doubleWell: "x⁴ − 3x² + x"
        case .saddle: "x² − y²"
        case .monkeySaddle: "x³ − 3xy²"
        case .rosenbrock: "(1 − x)² + 100(y − x²)²"
        case .himmelblau: "(x² + y − 11)² + (x + y² − 7)²"
        case .rastrigin: "20 + x² − 10 cos 2πx + y² − 10 cos 2πy"
        case .sixHumpCamel: "(4 − 2.1x² + x⁴/3)x² + xy + (4y² − 4)y²"
        case .beale: "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²"
        }
    }

    public var formula: Formula {
        let x = Formula.input(0), y = Formula.input(1)
        switch self {
        case .doubleWell:
            return x.squared.squared - 3 * x.squared + x
        case .saddle:
            return x.squared - y.squared
        case .monkeySaddle:
            return x * x.squared - 3 * x * y.squared
        case .rosenbrock:
            return (1 - x).squared + 100 * (y - x.squared).squared
        case .himmelblau:
            return (x.squared + y - 11).squared + (x + y.squared - 7).squared
        case .rastrigin:
            let twoPi = Formula.constant(2 * Double.pi)
            return 20 + x.squared - 10 * cos(twoPi * x) + y.squared - 10 * cos(twoPi * y)
        case .sixHumpCamel:
            return (4 - 2.1 * x.squared + x.squared.squared / .constant(3)) * x.squared + x * y + (4 * y.squared - 4) * y.squared
        case .beale:
            return (1.5 - x + x * y).squared + (2.25 - x + x * y.squared).squared + (2.625 - x + x * y * y.squared).squared
        }
    }

    public var tape: ExpressionTape { formula.compile(inputCount: dimension) }

    public func value(_ point: [Double]) -> Double { tape.value(at: point) }

    /// Known critical points, to the digits their sources give, and their kinds. Newton's
    /// method from each lands on the exact point.
    public var criticalPoints: [(point: [Double], kind: CriticalPointKind)] {
        switch self {
        case .doubleWell:
            [([-1.30084], .minimum), ([0.16997], .maximum), ([1.13087], .minimum)]
        case .saddle:
            [([0, 0], .saddle)]
        case .monkeySaddle:
            [([0, 0], .degenerate)]
        case .rosenbrock:
            [([1, 1], .minimum)]
        case .himmelblau:
            [([3, 2], .minimum), ([-2.805118, 3.131312], .minimum), ([-3.779310, -3.283186], .minimum),
             ([3.584428, -1.848126], .minimum), ([-0.270845, -0.923039], .maximum),
             ([0.086677, 2.884254], .saddle), ([-3.073026, -0.081353], .saddle),
             ([3.385154, 0.073852], .saddle), ([-0.127961, -1.953715], .saddle)]
        case .rastrigin:
            [([0, 0], .minimum), ([0.99496, 0], .minimum), ([0.50253, 0], .saddle), ([0.50253, 0.50253], .maximum)]
        case .sixHumpCamel:
            [([0.0898, -0.7126], .minimum), ([-0.0898, 0.7126], .minimum),
             ([1.703607, -0.796084], .minimum), ([-1.703607, 0.796084], .minimum), ([0, 0], .saddle)]
        case .beale:
            [([3, 0.5], .minimum)]
        }
    }

    /// A square around the interesting part, for charts.
    public var domain: [ClosedRange<Double>] {
        switch self {
        case .doubleWell: [-2.2...2.2]
        case .saddle, .monkeySaddle: [-2...2, -2...2]
        case .rosenbrock: [-2...2, -1...3]
        case .himmelblau: [-5...5, -5...5]
        case .rastrigin: [-3...3, -3...3]
        case .sixHumpCamel: [-2...2, -1.2...1.2]
        case .beale: [-4.5...4.5, -4.5...4.5]
        }
    }
}
