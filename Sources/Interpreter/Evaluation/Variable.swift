/// A variable that outlives one frame: a global of the lesson, or a local that a closure
/// captures. Like Swift's captured variables it is shared, so a closure sees later changes.
///
/// Its value is reached through a pointer, so that reading an element of an array it holds
/// borrows the array instead of copying (retaining) it.
final class Variable {
    private let storage: UnsafeMutablePointer<Value?>
    let isMutable: Bool
    /// The type the declaration names, if it names one.
    let type: ValueType?

    init(value: Value?, isMutable: Bool, type: ValueType?) {
        storage = .allocate(capacity: 1)
        storage.initialize(to: value)
        self.isMutable = isMutable
        self.type = type
    }

    deinit {
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The value, moved out (the variable is left empty), so that the caller holds its only
    /// reference and can change an array in place; put it back when done.
    @inline(__always) func take() -> Value? {
        let value = storage.move()
        storage.initialize(to: nil)
        return value
    }

    /// Replaces a number it holds with another, without releasing the old value, which a
    /// number does not need.
    @inline(__always) func replaceNumber(with number: Value) {
        storage.initialize(to: number)
    }

    var value: Value? {
        unsafeAddress { UnsafePointer(storage) }
        unsafeMutableAddress { storage }
    }
}
