/// An overload chosen for a call: the arguments in parameter order with defaults filled in,
/// their source texts, which are integer literals, and which written argument each came from.
struct Overload {
    let builtin: Builtin
    let arguments: [Value]
    let texts: [String]
    let literals: [Literalness]
    let sources: [Int?]

    /// What the overload's calls from one place share.
    func site(_ context: BuiltinContext) -> InvocationSite {
        InvocationSite(texts: texts, literals: literals, context: context)
    }
}
