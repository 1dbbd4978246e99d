/// `Double`'s constants: `Double.pi` by name, and `.pi` wherever a `Double` is expected, as
/// Swift resolves an implicit member by its context (`[1.0, .nan]`, `let x: Double = .infinity`).
public enum DoubleConstant: String, CaseIterable, Sendable {
    case pi, infinity, nan, greatestFiniteMagnitude

    public var value: Double {
        switch self {
        case .pi: .pi
        case .infinity: .infinity
        case .nan: .nan
        case .greatestFiniteMagnitude: .greatestFiniteMagnitude
        }
    }

    /// What the reference says of it.
    public var doc: String {
        switch self {
        case .pi: "π, the ratio of a circle's circumference to its diameter."
        case .infinity: "Positive infinity."
        case .nan: "Not a number: what 0/0 gives."
        case .greatestFiniteMagnitude: "The largest finite Double, about 1.8e308: a start for a running minimum."
        }
    }
}
