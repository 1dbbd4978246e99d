/// A closure or `func` written in a block, with the scope it captured. Like Swift's
/// closures it is a reference: it sees later changes to the variables it captured.
public final class Closure {
    /// The `func`'s name, or the name a closure was first bound to: legends and messages use it.
    var name: String?
    /// A `func` takes argument labels; a closure literal takes none.
    let isFunction: Bool
    let parameters: [ParameterDeclaration]
    let returnType: ValueType?
    let body: ClosureBody
    let scope: Scope

    init(name: String?, isFunction: Bool, parameters: [ParameterDeclaration], returnType: ValueType?,
         body: ClosureBody, scope: Scope) {
        self.name = name
        self.isFunction = isFunction
        self.parameters = parameters
        self.returnType = returnType
        self.body = body
        self.scope = scope
    }
}

/// A closure's body: one expression whose value it returns, or statements with `return`.
enum ClosureBody {
    case expression(Expr)
    case statements([Stmt])
}
