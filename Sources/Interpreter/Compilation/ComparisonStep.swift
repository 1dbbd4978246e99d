/// A comparison chosen when a block is compiled, so that a condition specialised for it
/// compares two numbers without switching on the operator when it runs.
protocol ComparisonStep {
    static func test<T: Comparable>(_ a: T, _ b: T) -> Bool
}

enum EqualStep: ComparisonStep {
    @inline(__always) static func test<T: Comparable>(_ a: T, _ b: T) -> Bool { a == b }
}

enum NotEqualStep: ComparisonStep {
    @inline(__always) static func test<T: Comparable>(_ a: T, _ b: T) -> Bool { a != b }
}

enum LessStep: ComparisonStep {
    @inline(__always) static func test<T: Comparable>(_ a: T, _ b: T) -> Bool { a < b }
}

enum LessOrEqualStep: ComparisonStep {
    @inline(__always) static func test<T: Comparable>(_ a: T, _ b: T) -> Bool { a <= b }
}

enum GreaterStep: ComparisonStep {
    @inline(__always) static func test<T: Comparable>(_ a: T, _ b: T) -> Bool { a > b }
}

enum GreaterOrEqualStep: ComparisonStep {
    @inline(__always) static func test<T: Comparable>(_ a: T, _ b: T) -> Bool { a >= b }
}
