/// Which parts of a value were written as integer literals. Swift types an integer literal by
/// its context: `2` passed for a `Double` is `2.0`, and so is the `1` of `(1, y)` passed for a
/// `(Double, Double)`. A variable holding an `Int` never converts, in Swift or here.
public enum Literalness: Sendable, Hashable {
    /// Not a literal, or a literal whose type is settled (`2.5`, `"text"`, a variable).
    case fixed
    /// An integer literal, or an expression of integer literals only (`-3`, `2 * 4`, `1...5`).
    case integer
    /// An array or tuple literal, element by element.
    case elements([Literalness])

    /// The literalness of the element at `index` of an array or tuple with this literalness.
    func element(_ index: Int) -> Literalness {
        switch self {
        case .fixed: .fixed
        case .integer: .integer
        case .elements(let elements): index < elements.count ? elements[index] : .fixed
        }
    }
}
