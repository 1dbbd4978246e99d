import LessonsCore

/// The one table of builtins. Nothing is looked up by name anywhere else.
///
/// A build makes one and shares it between the threads that run lessons. That is safe
/// though the compiler cannot prove it: the table is never changed once made, and a
/// builtin's body keeps no state, working only on its invocation (the constants'
/// values are numbers). `Value` is not `Sendable`, so the bodies cannot say so themselves.
public struct BuiltinRegistry: @unchecked Sendable {
    public let builtins: [Builtin]
    public let enumerations: [Enumeration]
    /// The types an annotation may name beyond Swift's own: the library's enumerations and
    /// the objects its builtins return (`Descent`), by name.
    public let libraryTypes: [String: ValueType]
    private let functions: [String: [Builtin]]
    /// Every free function's name and every enumeration's, sorted: for suggestions and
    /// highlighting, which every block asks for.
    public let functionNames: [String]
    /// The same names, to look one up.
    public let functionNameSet: Set<String>
    private let members: [MemberKey: [Builtin]]
    /// The results builtins return whose properties blocks read (`Descent`, `Training`).
    public let objects: [DocumentedType]

    private struct MemberKey: Hashable {
        let receiver: Builtin.Receiver
        let name: String
    }

    public init(_ builtins: [Builtin], enumerations: [Enumeration] = [], objects: [DocumentedType] = []) {
        self.builtins = builtins
        self.enumerations = enumerations
        self.objects = objects
        var functions: [String: [Builtin]] = [:]
        var members: [MemberKey: [Builtin]] = [:]
        for builtin in builtins {
            switch builtin.kind {
            case .function, .constant:
                functions[builtin.name, default: []].append(builtin)
            case .method(let receiver, _), .property(let receiver):
                members[MemberKey(receiver: receiver, name: builtin.name), default: []].append(builtin)
            }
        }
        self.functions = functions
        self.members = members
        functionNames = (functions.keys.filter { !$0.contains(".") } + enumerations.map(\.name)).sorted()
        functionNameSet = Set(functionNames)
        var types = Dictionary(uniqueKeysWithValues: enumerations.map { ($0.name, ValueType.enumeration($0)) })
        for builtin in builtins {
            for name in builtin.returns.objectNames { types[name] = .object(name) }
        }
        self.libraryTypes = types
    }

    /// The enumeration of that name, if the library declares one.
    public func enumeration(named name: String) -> Enumeration? {
        enumerations.first { $0.name == name }
    }

    /// The overloads of a free function, in registration order.
    public func functions(named name: String) -> [Builtin] {
        functions[name] ?? []
    }

    /// The overloads of a method or property of `receiver`.
    public func members(named name: String, of receiver: Builtin.Receiver) -> [Builtin] {
        members[MemberKey(receiver: receiver, name: name)] ?? []
    }

    /// Every builtin as the reference page shows it, in registry order.
    public var documentation: [BuiltinDocumentation] {
        builtins.map { $0.documentation(builtinNames: functionNameSet) }
    }

    /// Every enumeration and every documented result, each under the topic of the first
    /// builtin that takes or returns it (or "Types" if none does), in registration order.
    public var typeDocumentation: [TypeDocumentation] {
        func topic(of name: String) -> String {
            builtins.first { builtin in
                builtin.returns.typeNames.contains(name) || builtin.parameters.contains { $0.type.typeNames.contains(name) }
            }?.topic ?? "Types"
        }
        return enumerations.map { enumeration in
            TypeDocumentation(name: enumeration.name, kind: .enumeration, topic: topic(of: enumeration.name), doc: enumeration.doc,
                              members: enumeration.cases.map { .init(declaration: "." + $0.declaration, doc: $0.doc) })
        } + objects.map { $0.documentation(topic(of: $0.name)) }
    }

    /// The names of `receiver`'s members, sorted.
    public func memberNames(of receiver: Builtin.Receiver) -> [String] {
        members.keys.filter { $0.receiver == receiver }.map(\.name).sorted()
    }

    /// The names after the dot of a function's dotted builtins (`derivative` for `sigmoid`).
    public func dottedNames(after function: String) -> [String] {
        functions.keys.filter { $0.hasPrefix(function + ".") }.map { String($0.dropFirst(function.count + 1)) }.sorted()
    }
}
