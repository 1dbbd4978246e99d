import LessonsCore
import TestSupport
import Testing

/// Random arithmetic expressions, written with only the parentheses that precedence needs,
/// evaluated by the interpreter and by Swift itself: the results are the same bits, or, for
/// integers, the same overflow.
@Suite struct ArithmeticPropertyTests {
    indirect enum Tree {
        case leaf(Double)
        case negate(Tree)
        case binary(Character, Tree, Tree)

        /// Swift's own evaluation: the oracle.
        var value: Double {
            switch self {
            case .leaf(let x): x
            case .negate(let t): -t.value
            case .binary("+", let a, let b): a.value + b.value
            case .binary("-", let a, let b): a.value - b.value
            case .binary("*", let a, let b): a.value * b.value
            case .binary(_, let a, let b): a.value / b.value
            }
        }

        /// Checked integer evaluation, nil where Swift would trap.
        var integer: Int? {
            switch self {
            case .leaf(let x): return Int(x)
            case .negate(let t):
                guard let v = t.integer else { return nil }
                let (r, o) = 0.subtractingReportingOverflow(v)
                return o ? nil : r
            case .binary(let op, let a, let b):
                guard let x = a.integer, let y = b.integer else { return nil }
                let (r, o): (Int, Bool)
                switch op {
                case "+": (r, o) = x.addingReportingOverflow(y)
                case "-": (r, o) = x.subtractingReportingOverflow(y)
                case "*": (r, o) = x.multipliedReportingOverflow(by: y)
                default:
                    guard y != 0 else { return nil }
                    (r, o) = x.dividedReportingOverflow(by: y)
                }
                return o ? nil : r
            }
        }

        static func precedence(_ op: Character) -> Int { op == "+" || op == "-" ? 1 : 2 }

        /// Source text with parentheses only where the tree differs from Swift's parse:
        /// a looser operator inside a tighter one, or anything on the right of a same-level
        /// operator (they associate to the left).
        func source(integers: Bool) -> String {
            switch self {
            case .leaf(let x): return integers ? String(Int(x)) : x.description
            case .negate(let t):
                if case .leaf = t { return "-" + t.source(integers: integers) }
                return "-(" + t.source(integers: integers) + ")"
            case .binary(let op, let a, let b):
                func side(_ t: Tree, right: Bool) -> String {
                    let text = t.source(integers: integers)
                    guard case .binary(let inner, _, _) = t else { return text }
                    let needs = Self.precedence(inner) < Self.precedence(op)
                        || (right && Self.precedence(inner) == Self.precedence(op))
                    return needs ? "(" + text + ")" : text
                }
                return side(a, right: false) + " \(op) " + side(b, right: true)
            }
        }
    }

    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }

        mutating func tree(depth: Int, integers: Bool) -> Tree {
            if depth == 0 || next() % 4 == 0 {
                if integers {
                    let magnitudes: [UInt64] = [10, 1000, 1 << 31, 1 << 62]
                    let magnitude = magnitudes[Int(next() % 4)]
                    return .leaf(Double(Int(next() % magnitude)))
                }
                let mantissa = Double(next() % 1_000_000) / 1000
                let scales = [1e-12, 1e-3, 1, 1e3, 1e12]
                return .leaf(mantissa * scales[Int(next() % 5)])
            }
            if next() % 7 == 0 { return .negate(tree(depth: depth - 1, integers: integers)) }
            let op = Array("+-*/")[Int(next() % 4)]
            return .binary(op, tree(depth: depth - 1, integers: integers), tree(depth: depth - 1, integers: integers))
        }
    }

    @Test func doubleExpressionsMatchSwiftBitForBit() {
        var generator = Generator(state: 2026)
        for _ in 0..<300 {
            let tree = generator.tree(depth: 5, integers: false)
            let source = tree.source(integers: false)
            let result = Harness.block(source)
            guard result.errors.isEmpty, let shown = result.values.first else {
                Issue.record("\(source) failed: \(result.errors.map(\.message.text))")
                return
            }
            #expect(shown == tree.value.description, "\(source)")
        }
    }

    @Test func integerExpressionsMatchSwiftOrTrapWhereItTraps() {
        var generator = Generator(state: 7)
        var traps = 0
        for _ in 0..<300 {
            let tree = generator.tree(depth: 4, integers: true)
            let source = tree.source(integers: true)
            let result = Harness.block(source)
            if let expected = tree.integer {
                #expect(result.errors == [] && result.values == [String(expected)], "\(source)")
            } else {
                traps += 1
                #expect(result.errors.count == 1, "\(source) must trap")
                let message = result.errors.first?.message.text ?? ""
                #expect(message == "division by zero" || message.hasPrefix("arithmetic overflow"), "\(source): \(message)")
            }
        }
        #expect(traps > 10, "the generator must reach overflow and division by zero")
    }
}
