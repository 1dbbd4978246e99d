import LessonsCore

/// A variable's name and where an expression reads it: what the error says if it holds no
/// value yet. One reference, so that a closure capturing an operand copies a pointer, not a
/// string and a location, each time it is called (a closure's captures are copied out to it
/// on every call).
final class VariableUse {
    let name: String
    let location: SourceLocation

    init(_ name: String, at location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
