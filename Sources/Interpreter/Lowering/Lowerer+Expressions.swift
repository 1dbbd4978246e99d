import LessonsCore
@_spi(Compiler) import SwiftParser
import SwiftSyntax

extension Lowerer {
    mutating func expression(_ node: ExprSyntax) throws -> Expr {
        let at = location(of: node)
        func make(_ kind: Expr.Kind) -> Expr { Expr(kind: kind, location: at) }
        switch node.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let literal):
            guard let value = literal.representedLiteralValue else {
                throw InterpreterError(.integerLiteralOverflow(literal.literal.text), at: at)
            }
            return make(.literal(.int(value)))
        case .floatLiteralExpr(let literal):
            guard let value = literal.representedLiteralValue else { throw unsupported(literal, "hexadecimal floats") }
            return make(.literal(.double(value)))
        case .booleanLiteralExpr(let literal):
            return make(.literal(.bool(literal.literal.tokenKind == .keyword(.true))))
        case .stringLiteralExpr(let literal):
            return make(try string(literal))
        case .declReferenceExpr(let reference):
            if let arguments = reference.argumentNames { throw unsupported(arguments, "argument-label references") }
            // An operator passed as a function (`reduce(0, +)`) is a name too.
            return make(.name(reference.baseName.text))
        case .arrayExpr(let array):
            return make(.array(try array.elements.map { try expression($0.expression) }))
        case .tupleExpr(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil {
                return try expression(only.expression)  // parentheses
            }
            return make(.tuple(try tuple.elements.map { try expression($0.expression) },
                               labels: tuple.elements.map { $0.label?.text }))
        case .prefixOperatorExpr(let prefix):
            guard let op = PrefixOperator(rawValue: prefix.operator.text) else { throw unsupported(prefix.operator, "custom operators") }
            return make(.prefix(op, try expression(prefix.expression)))
        case .infixOperatorExpr(let infix):
            return try self.infix(infix, at: at)
        case .ternaryExpr(let ternary):
            return make(.ternary(try expression(ternary.condition), try expression(ternary.thenExpression),
                                 try expression(ternary.elseExpression)))
        case .functionCallExpr(let call):
            return try self.call(call, at: at)
        case .memberAccessExpr(let access):
            return try member(access, at: at)
        case .subscriptCallExpr(let subscriptCall):
            guard subscriptCall.trailingClosure == nil else { throw unsupported(subscriptCall, "subscripts with closures") }
            return make(.subscripted(try expression(subscriptCall.calledExpression), try arguments(subscriptCall.arguments)))
        case .closureExpr(let closure):
            return make(.closure(try self.closure(closure)))
        default:
            throw unsupported(node)
        }
    }

    private mutating func infix(_ node: InfixOperatorExprSyntax, at: SourceLocation) throws -> Expr {
        let left = try expression(node.leftOperand)
        let right = try expression(node.rightOperand)
        let symbol = node.operator.as(BinaryOperatorExprSyntax.self)?.operator.text
        let kind: Expr.Kind
        switch symbol {
        case "...", "..<": kind = .range(left, right, isClosed: symbol == "...")
        case "&&": kind = .logical(.and, left, right)
        case "||": kind = .logical(.or, left, right)
        case let symbol? where BinaryOperator(rawValue: symbol) != nil: kind = .binary(BinaryOperator(rawValue: symbol)!, left, right)
        default:
            // Assignments are statements; anything else is an operator we do not run.
            if node.operator.is(AssignmentExprSyntax.self) || symbol.map({ $0.hasSuffix("=") }) == true {
                throw unsupported(node, "assignments inside expressions")
            }
            throw unsupported(node.operator, symbol.map { "the operator '\($0)'" }.map { "expressions with \($0)" })
        }
        return Expr(kind: kind, location: at)
    }

    private mutating func call(_ node: FunctionCallExprSyntax, at: SourceLocation) throws -> Expr {
        var arguments = try self.arguments(node.arguments)
        if let trailing = node.trailingClosure {
            let closure = Expr(kind: .closure(try closure(trailing)), location: location(of: trailing))
            arguments.append(Argument(label: nil, value: closure, text: text(of: trailing), location: closure.location))
        }
        for extra in node.additionalTrailingClosures {
            let closure = Expr(kind: .closure(try closure(extra.closure)), location: location(of: extra.closure))
            arguments.append(Argument(label: extra.label.text, value: closure, text: text(of: extra.closure),
                                      location: closure.location))
        }
        return Expr(kind: .call(try expression(node.calledExpression), arguments), location: at)
    }

    private mutating func arguments(_ list: LabeledExprListSyntax) throws -> [Argument] {
        try list.map { argument in
            Argument(label: argument.label?.text, value: try expression(argument.expression),
                     text: text(of: argument.expression), location: location(of: argument.expression))
        }
    }

    private mutating func member(_ node: MemberAccessExprSyntax, at: SourceLocation) throws -> Expr {
        let name = node.declName.baseName
        guard let base = node.base else { return Expr(kind: .implicitMember(name.text), location: at) }
        let receiver = try expression(base)
        if case .integerLiteral(let digits) = name.tokenKind, let index = Int(digits) {
            return Expr(kind: .tupleElement(receiver, index), location: location(of: name))
        }
        return Expr(kind: .member(receiver, name.text), location: location(of: name))
    }

    private mutating func string(_ literal: StringLiteralExprSyntax) throws -> Expr.Kind {
        guard let kind = literal.stringLiteralKind else { throw unsupported(literal) }
        var parts: [InterpolationPart] = []
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                var value = ""
                text.appendUnescapedLiteralValue(stringLiteralKind: kind, delimiterLength: literal.delimiterLength, to: &value)
                parts.append(.text(value))
            case .expressionSegment(let interpolation):
                guard let only = interpolation.expressions.first, interpolation.expressions.count == 1,
                      only.label == nil else {
                    throw unsupported(interpolation, "interpolations with labels or several values")
                }
                parts.append(.value(try expression(only.expression)))
            }
        }
        if parts.allSatisfy({ if case .text = $0 { true } else { false } }) {
            return .literal(.string(parts.map { if case .text(let text) = $0 { text } else { "" } }.joined()))
        }
        return .interpolation(parts)
    }

    mutating func closure(_ node: ClosureExprSyntax) throws -> ClosureExpr {
        if let capture = node.signature?.capture { throw unsupported(capture, "capture lists") }
        if let effects = node.signature?.effectSpecifiers { throw unsupported(effects, "'async' and 'throws'") }
        var parameters: [ParameterDeclaration]
        switch node.signature?.parameterClause {
        case .simpleInput(let names):
            parameters = names.map { ParameterDeclaration(label: nil, name: $0.name.text, type: nil, defaultValue: nil) }
        case .parameterClause(let clause):
            parameters = try clause.parameters.map { parameter in
                ParameterDeclaration(
                    label: nil, name: (parameter.secondName ?? parameter.firstName).text,
                    type: try parameter.type.map { try type($0) }, defaultValue: nil)
            }
        case nil:
            let count = ShorthandParameters.count(in: node.statements)
            parameters = (0..<count).map { ParameterDeclaration(label: nil, name: "$\($0)", type: nil, defaultValue: nil) }
        }
        let returnType = try node.signature?.returnClause.map { try type($0.type) }
        return ClosureExpr(parameters: parameters, returnType: returnType, body: functionBody(node.statements))
    }
}

/// Counts the `$0`, `$1`, … a closure uses, not those of closures nested in it.
private final class ShorthandParameters: SyntaxVisitor {
    private var highest = -1

    static func count(in statements: CodeBlockItemListSyntax) -> Int {
        let visitor = ShorthandParameters(viewMode: .sourceAccurate)
        visitor.walk(statements)
        return visitor.highest + 1
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        if case .dollarIdentifier(let name) = node.baseName.tokenKind, let index = Int(name.dropFirst()) {
            highest = max(highest, index)
        }
        return .skipChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind {
        .skipChildren
    }
}
