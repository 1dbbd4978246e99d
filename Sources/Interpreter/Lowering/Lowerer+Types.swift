import LessonsCore
import SwiftSyntax

extension Lowerer {
    /// The type an annotation names: `Double`, `[Int]`, `(Double, Double)`,
    /// `ClosedRange<Double>`, `(Double) -> Double`.
    func type(_ node: TypeSyntax) throws -> ValueType {
        switch node.as(TypeSyntaxEnum.self) {
        case .identifierType(let identifier):
            let name = identifier.name.text
            if let arguments = identifier.genericArgumentClause?.arguments {
                guard ["ClosedRange", "Range", "Array"].contains(name), arguments.count == 1,
                      case .type(let argumentType) = arguments.first!.argument else {
                    throw unsupported(identifier, "generic types other than 'Array', 'Range' and 'ClosedRange'")
                }
                let bound = try type(argumentType)
                return name == "Array" ? .array(bound) : name == "Range" ? .range(bound) : .closedRange(bound)
            }
            if let known = ValueType.named(name) ?? libraryTypes[name] { return known }
            let known = Set(["Int", "Double", "Bool", "String"]).union(libraryTypes.keys)
            throw InterpreterError(.unknownType(name, suggestion: NameSuggestion.nearest(to: name, among: known)),
                                   at: location(of: identifier))
        case .arrayType(let array):
            return .array(try type(array.element))
        case .tupleType(let tuple):
            if tuple.elements.count == 1, let only = tuple.elements.first { return try type(only.type) }
            let labels = tuple.elements.map { $0.firstName.map(\.text) }
            return .tuple(try tuple.elements.map { try type($0.type) }, labels: labels.contains { $0 != nil } ? labels : [])
        case .functionType(let function):
            return .function(try function.parameters.map { try type($0.type) }, try type(function.returnClause.type))
        case .optionalType, .implicitlyUnwrappedOptionalType:
            throw unsupported(node, "optionals")
        default:
            throw unsupported(node)
        }
    }
}
