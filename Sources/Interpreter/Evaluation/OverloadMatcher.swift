/// Matches a call's arguments to one overload's parameters, as Swift does: labels in
/// order, defaults for omitted trailing-or-labelled parameters, variadics gathered, and
/// integer literals typed by their parameter.
enum OverloadMatcher {
    enum Match {
        /// The labels do not fit this overload.
        case labels
        /// The labels fit, but this argument's type does not.
        case type(argument: Int, parameter: Parameter)
        /// The arguments in parameter order, their source texts, which parts are integer
        /// literals, and the position of the written argument each came from (nil for a default).
        case matched([Value], [String], [Literalness], sources: [Int?])
    }

    /// - Parameter arities: how many arguments a builtin function value can take, by name,
    ///   so that `sigmoid` is not passed where a function of two numbers is expected.
    static func match(_ arguments: [EvaluatedArgument], to parameters: [Parameter], arities: (String) -> Set<Int>) -> Match {
        var values: [Value] = []
        var texts: [String] = []
        var literals: [Literalness] = []
        var sources: [Int?] = []
        var next = 0
        for (index, parameter) in parameters.enumerated() {
            if parameter.isVariadic {
                let laterLabels = Set(parameters[(index + 1)...].compactMap(\.label))
                var items: [Value] = []
                var itemTexts: [String] = []
                while next < arguments.count,
                      arguments[next].label == (items.isEmpty ? parameter.label : nil),
                      !(arguments[next].label.map(laterLabels.contains) ?? false) {
                    guard let value = arguments[next].value.converted(to: parameter.type, literal: arguments[next].literal) else {
                        return .type(argument: next, parameter: parameter)
                    }
                    items.append(value)
                    itemTexts.append(arguments[next].text)
                    next += 1
                }
                sources.append(items.isEmpty ? nil : next - items.count)
                values.append(.array(items))
                texts.append(itemTexts.joined(separator: ", "))
                literals.append(.fixed)
            } else if next < arguments.count, arguments[next].label == parameter.label {
                let argument = arguments[next]
                guard let value = argument.value.converted(to: parameter.type, literal: argument.literal),
                      arity(of: value, fits: parameter.type, arities: arities) else {
                    return .type(argument: next, parameter: parameter)
                }
                values.append(value)
                texts.append(argument.text)
                literals.append(argument.literal)
                sources.append(next)
                next += 1
            } else if let defaultValue = parameter.defaultValue {
                values.append(defaultValue)
                texts.append("")
                literals.append(.fixed)
                sources.append(nil)
            } else {
                return .labels
            }
        }
        return next == arguments.count ? .matched(values, texts, literals, sources: sources) : .labels
    }

    /// A closure passed for a function parameter must take as many arguments as it will be
    /// given; Swift does not let a closure ignore its arguments silently either. A closure
    /// of several parameters may take one tuple, as in `zip(a, b).map { $0 * $1 }`.
    private static func arity(of value: Value, fits type: ValueType, arities: (String) -> Set<Int>) -> Bool {
        switch (value, type) {
        case (.function(.closure(let closure)), .function(let parameters, _)):
            let required = closure.parameters.prefix { $0.defaultValue == nil }.count
            if parameters.count == 1, closure.parameters.count > 1 {
                switch parameters[0] {
                case .generic, .any: return true
                case .tuple(let elements, _): return required <= elements.count && elements.count <= closure.parameters.count
                default: break
                }
            }
            return required <= parameters.count && parameters.count <= closure.parameters.count
        case (.function(.builtin(let name)), .function(let parameters, _)):
            return arities(name).contains(parameters.count)
        case (.array(let elements), .array(let element)) where holdsFunctions(element):
            return elements.allSatisfy { arity(of: $0, fits: element, arities: arities) }
        default:
            return true
        }
    }

    /// Whether values of `type` can be functions with an arity to check; an array of a
    /// thousand points need not be walked.
    private static func holdsFunctions(_ type: ValueType) -> Bool {
        switch type {
        case .function: true
        case .array(let element): holdsFunctions(element)
        default: false
        }
    }
}
