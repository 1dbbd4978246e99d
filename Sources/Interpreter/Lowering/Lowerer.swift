import LessonsCore
import SwiftSyntax

/// The one pass over swift-syntax's tree: it lowers a block's statements into `Stmt` and
/// `Expr`. Any syntax it does not handle falls through to "not supported in experiment
/// blocks" at that node. Errors are collected statement by statement, so one block
/// reports all of them.
struct Lowerer {
    let map: BlockSourceMap
    /// The library's types, which annotations may name beside Swift's.
    let libraryTypes: [String: ValueType]
    private(set) var errors: [InterpreterError] = []
    /// How many loops and functions enclose the node being lowered, to place `break`,
    /// `continue` and `return`.
    var loopDepth = 0
    var functionDepth = 0

    init(map: BlockSourceMap, libraryTypes: [String: ValueType] = [:]) {
        self.map = map
        self.libraryTypes = libraryTypes
    }

    mutating func lower(_ file: SourceFileSyntax) -> [Stmt] {
        statements(file.statements)
    }

    mutating func statements(_ items: CodeBlockItemListSyntax) -> [Stmt] {
        items.compactMap { item in
            do {
                return try statement(item.item)
            } catch let error as InterpreterError {
                errors.append(error)
                return nil
            } catch {
                errors.append(InterpreterError(.internalError("\(error)"), at: location(of: item)))
                return nil
            }
        }
    }

    func location(of node: some SyntaxProtocol) -> SourceLocation {
        map.location(ofUTF8Offset: node.positionAfterSkippingLeadingTrivia.utf8Offset)
    }

    /// The node's source text, without the trivia around it.
    func text(of node: some SyntaxProtocol) -> String {
        map.text(fromUTF8Offset: node.positionAfterSkippingLeadingTrivia.utf8Offset,
                 to: node.endPositionBeforeTrailingTrivia.utf8Offset)
    }

    func unsupported(_ node: some SyntaxProtocol, _ construct: String? = nil) -> InterpreterError {
        InterpreterError(.unsupported(construct ?? UnsupportedSyntax.name(of: Syntax(node))), at: location(of: node))
    }

    // MARK: Statements

    private mutating func statement(_ item: CodeBlockItemSyntax.Item) throws -> Stmt? {
        switch item {
        case .expr(let expression):
            let kind = try assignment(expression) ?? .expression(try self.expression(expression))
            return Stmt(kind: kind, location: location(of: expression))
        case .stmt(let statement):
            return try self.statement(statement)
        case .decl(let declaration):
            return try self.declaration(declaration)
        }
    }

    private mutating func statement(_ node: StmtSyntax) throws -> Stmt? {
        let at = location(of: node)
        switch node.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let statement):
            if let conditional = statement.expression.as(IfExprSyntax.self) {
                return Stmt(kind: try self.conditional(conditional), location: at)
            }
            return Stmt(kind: .expression(try expression(statement.expression)), location: at)
        case .forStmt(let loop):
            if let clause = loop.whereClause { throw unsupported(clause, "'where' clauses") }
            guard loop.tryKeyword == nil, loop.awaitKeyword == nil, loop.caseKeyword == nil else {
                throw unsupported(loop, "'for try', 'for await' and 'for case' loops")
            }
            let sequence = try expression(loop.sequence)
            let pattern = try self.pattern(loop.pattern)
            return Stmt(kind: .forIn(pattern, sequence, body: loopBody(loop.body)), location: at)
        case .whileStmt(let loop):
            let condition = try self.condition(loop.conditions)
            return Stmt(kind: .whileLoop(condition, body: loopBody(loop.body)), location: at)
        case .returnStmt(let statement):
            guard functionDepth > 0 else {
                throw InterpreterError(.misplacedStatement("return", allowedIn: "a function or closure"), at: at)
            }
            return Stmt(kind: .returnValue(try statement.expression.map { try expression($0) }), location: at)
        case .breakStmt(let statement):
            guard statement.label == nil else { throw unsupported(statement, "labelled statements") }
            guard loopDepth > 0 else { throw InterpreterError(.misplacedStatement("break", allowedIn: "a loop"), at: at) }
            return Stmt(kind: .breakLoop, location: at)
        case .continueStmt(let statement):
            guard statement.label == nil else { throw unsupported(statement, "labelled statements") }
            guard loopDepth > 0 else {
                throw InterpreterError(.misplacedStatement("continue", allowedIn: "a loop"), at: at)
            }
            return Stmt(kind: .continueLoop, location: at)
        default:
            throw unsupported(node)
        }
    }

    /// `x = e`, `x += e`, `xs[i] = e`, or `_ = e` (which only evaluates `e`).
    private mutating func assignment(_ node: ExprSyntax) throws -> Stmt.Kind? {
        guard let infix = node.as(InfixOperatorExprSyntax.self) else { return nil }
        let combining: BinaryOperator?
        if infix.operator.is(AssignmentExprSyntax.self) {
            combining = nil
        } else if let symbol = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text, symbol.hasSuffix("="),
                  let op = BinaryOperator(rawValue: String(symbol.dropLast())), !["==", "!=", "<=", ">="].contains(symbol) {
            combining = op
        } else {
            return nil
        }
        let value = try expression(infix.rightOperand)
        if infix.leftOperand.is(DiscardAssignmentExprSyntax.self), combining == nil { return .expression(value) }
        return .assignment(try expression(infix.leftOperand), combining, value)
    }

    private mutating func loopBody(_ body: CodeBlockSyntax) -> [Stmt] {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return statements(body.statements)
    }

    mutating func conditional(_ node: IfExprSyntax) throws -> Stmt.Kind {
        var branches: [(condition: Expr, body: [Stmt])] = []
        var current: IfExprSyntax? = node
        var otherwise: [Stmt]?
        while let branch = current {
            branches.append((try condition(branch.conditions), statements(branch.body.statements)))
            current = nil
            switch branch.elseBody {
            case .ifExpr(let next): current = next
            case .codeBlock(let block): otherwise = statements(block.statements)
            case nil: break
            }
        }
        return .conditional(branches, otherwise: otherwise)
    }

    private mutating func condition(_ conditions: ConditionElementListSyntax) throws -> Expr {
        var result: Expr?
        for element in conditions {
            guard case .expression(let syntax) = element.condition else {
                throw unsupported(element, "optional bindings and pattern conditions")
            }
            let next = try expression(syntax)
            result = result.map { Expr(kind: .logical(.and, $0, next), location: $0.location) } ?? next
        }
        guard let result else { throw unsupported(conditions, "empty conditions") }
        return result
    }

    // MARK: Declarations

    private mutating func declaration(_ node: DeclSyntax) throws -> Stmt? {
        let at = location(of: node)
        switch node.as(DeclSyntaxEnum.self) {
        case .variableDecl(let declaration):
            return try variable(declaration, at: at)
        case .functionDecl(let function):
            return Stmt(kind: try self.function(function), location: at)
        case .importDecl(let declaration):
            let module = declaration.path.map(\.name.text).joined(separator: ".")
            guard module == "Foundation", declaration.importKindSpecifier == nil else {
                throw InterpreterError(.unsupportedImport(module), at: location(of: declaration.path))
            }
            return nil
        default:
            throw unsupported(node)
        }
    }

    private mutating func variable(_ node: VariableDeclSyntax, at: SourceLocation) throws -> Stmt {
        guard node.attributes.isEmpty, node.modifiers.isEmpty else { throw unsupported(node, "attributes and modifiers") }
        guard let binding = node.bindings.first, node.bindings.count == 1 else {
            throw unsupported(node, "several bindings in one declaration")
        }
        guard binding.accessorBlock == nil else { throw unsupported(binding, "computed variables") }
        let isMutable = node.bindingSpecifier.tokenKind == .keyword(.var)
        let type = try binding.typeAnnotation.map { try self.type($0.type) }
        let value = try binding.initializer.map { try expression($0.value) }
        return Stmt(kind: .binding(try pattern(binding.pattern), isMutable: isMutable, type: type, value: value), location: at)
    }

    private mutating func function(_ node: FunctionDeclSyntax) throws -> Stmt.Kind {
        if let generics = node.genericParameterClause { throw unsupported(generics, "generics") }
        if let effects = node.signature.effectSpecifiers { throw unsupported(effects, "'async' and 'throws'") }
        guard node.attributes.isEmpty, node.modifiers.isEmpty else { throw unsupported(node, "attributes and modifiers") }
        guard let body = node.body else { throw unsupported(node, "functions without a body") }
        let parameters = try node.signature.parameterClause.parameters.map { parameter in
            if let ellipsis = parameter.ellipsis { throw unsupported(ellipsis, "variadic parameters") }
            let label = parameter.firstName.text
            return ParameterDeclaration(
                label: label == "_" ? nil : label,
                name: parameter.secondName?.text ?? label,
                type: try type(parameter.type),
                defaultValue: try parameter.defaultValue.map { try expression($0.value) }
            )
        }
        let returnType = try node.signature.returnClause.map { try type($0.type) }
        let closure = ClosureExpr(parameters: parameters, returnType: returnType, body: functionBody(body.statements))
        return .function(name: node.name.text, closure)
    }

    /// A body whose only statement is an expression returns it, as in Swift.
    mutating func functionBody(_ items: CodeBlockItemListSyntax) -> ClosureBody {
        functionDepth += 1
        let outerLoops = loopDepth
        loopDepth = 0
        defer { functionDepth -= 1; loopDepth = outerLoops }
        if items.count == 1, case .expr(let only) = items.first!.item, !only.is(IfExprSyntax.self) {
            do {
                return .expression(try expression(only))
            } catch let error as InterpreterError {
                errors.append(error)
                return .statements([])
            } catch {
                errors.append(InterpreterError(.internalError("\(error)"), at: location(of: only)))
                return .statements([])
            }
        }
        return .statements(statements(items))
    }

    mutating func pattern(_ node: PatternSyntax) throws -> Pattern {
        switch node.as(PatternSyntaxEnum.self) {
        case .identifierPattern(let identifier): return .name(identifier.identifier.text)
        case .wildcardPattern: return .wildcard
        case .tuplePattern(let tuple): return .tuple(try tuple.elements.map { try pattern($0.pattern) })
        default: throw unsupported(node)
        }
    }
}
