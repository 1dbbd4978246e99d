/// A variable that outlives one frame: a global of the lesson, or a local that a closure
/// captures. Like Swift's captured variables it is shared, so a closure sees later changes.
final class Variable {
    var value: Value?
    let isMutable: Bool
    /// The type the declaration names, if it names one.
    let type: ValueType?

    init(value: Value?, isMutable: Bool, type: ValueType?) {
        self.value = value
        self.isMutable = isMutable
        self.type = type
    }
}
