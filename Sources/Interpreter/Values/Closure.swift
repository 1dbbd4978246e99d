/// A closure or `func` written in a block, with the variables it captured. Like Swift's
/// closures it is a reference: it sees later changes to the variables it captured.
public final class Closure {
    /// The `func`'s name, or the name a closure was first bound to: legends and messages use it.
    var name: String?
    /// A `func` takes argument labels; a closure literal takes none.
    let isFunction: Bool
    let parameters: [ParameterDeclaration]
    let returnType: ValueType?
    let code: CompiledFunction
    let captures: [Variable]

    init(name: String?, isFunction: Bool, declaration: ClosureExpr, code: CompiledFunction, captures: [Variable]) {
        self.name = name
        self.isFunction = isFunction
        self.parameters = declaration.parameters
        self.returnType = declaration.returnType
        self.code = code
        self.captures = captures
    }
}

/// A closure's body: one expression whose value it returns, or statements with `return`.
enum ClosureBody {
    case expression(Expr)
    case statements([Stmt])
}
