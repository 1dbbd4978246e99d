/// What every call of a builtin from one place shares: the arguments' source texts, which
/// are integer literals, and the context with the call's location.
final class InvocationSite {
    let texts: [String]
    let literals: [Literalness]
    let context: BuiltinContext

    init(texts: [String], literals: [Literalness], context: BuiltinContext) {
        self.texts = texts
        self.literals = literals
        self.context = context
    }

    /// For a property or constant, which takes no arguments.
    convenience init(context: BuiltinContext) {
        self.init(texts: [], literals: [], context: context)
    }
}
