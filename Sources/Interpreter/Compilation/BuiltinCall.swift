import LessonsCore

/// One call site of a builtin, with its overloads. Matching arguments to overloads (labels,
/// defaults, literals typed by their parameter) is the costly part of a call, and a call
/// in a loop gets arguments of the same types every time: the site remembers the overload
/// its last arguments chose, and how it arranged them, and uses it again while the argument
/// types are the same.
final class BuiltinCall {
    let candidates: [Builtin]
    /// Every overload changes its receiver (`append`), so a variable can be changed in place.
    let allMutating: Bool
    private let written: String
    private let arguments: [CompiledArgument]
    private let locations: [SourceLocation]
    private let context: BuiltinContext
    private let evaluator: Evaluator
    private var remembered: Remembered? {
        didSet { unretained = remembered.map(Unmanaged.passUnretained) }
    }
    /// The same, reached without retaining it (which costs two atomic operations a call):
    /// `remembered` holds it, and is not replaced while a call through it runs (`active`).
    private var unretained: Unmanaged<Remembered>?
    /// Calls through `unretained` running now. A builtin may call back into the block (an
    /// object's stored closure), which may reach this site again with other kinds of
    /// arguments: that call must not free the overload the outer call is still using.
    private var active = 0

    init(_ candidates: [Builtin], written: String, arguments: [CompiledArgument], context: BuiltinContext) {
        self.candidates = candidates
        allMutating = candidates.allSatisfy(\.isMutating)
        self.written = written
        self.arguments = arguments
        locations = arguments.map(\.location)
        self.context = context
        evaluator = context.evaluator
    }

    /// Calls the overload that fits `values`, the arguments in written order. Returns its
    /// result, and whether that overload changes its receiver.
    func call(_ values: Arguments, receiver: inout Value) throws -> (result: Value, isMutating: Bool) {
        if let unretained {
            active += 1
            defer { active -= 1 }
            let result = try unretained._withUnsafeGuaranteedRef { remembered -> (Value, Bool)? in
                guard remembered.fits(values) else { return nil }
                return (try evaluator.run(remembered.builtin, remembered.arranged(values), receiver: &receiver, site: remembered.site,
                                          sources: remembered.overloadSources, argumentLocations: locations),
                        remembered.isMutating)
            }
            if let result { return result }
        }
        let evaluated = zip(values, arguments).map { $1.evaluated($0) }
        let overload = try evaluator.overload(of: candidates, for: evaluated, written: written, at: context.location)
        if active == 0 {
            remembered = Remembered(overload, values: values, site: overload.site(context), singleCandidate: candidates.count == 1)
        }
        let result = try evaluator.run(overload, receiver: &receiver, context: context, argumentLocations: locations)
        return (result, overload.builtin.isMutating)
    }

    /// The kind of an argument value, as far as choosing an overload depends on it.
    private enum Kind: Equatable {
        case int, double, bool, string, other

        init(_ value: Value) {
            switch value {
            case .int: self = .int
            case .double: self = .double
            case .bool: self = .bool
            case .string: self = .string
            default: self = .other
            }
        }
    }

    /// An overload chosen once, and how it arranged the arguments. A class, so that using
    /// it copies nothing.
    private final class Remembered {
        let builtin: Builtin
        let site: InvocationSite
        /// The written argument each parameter's value came from, as the overload found it.
        let overloadSources: [Int?]
        /// The values the overload gave parameters left to their defaults.
        let defaults: [Value]
        let isMutating: Bool
        let kinds: [Kind]
        /// For each parameter, the written argument it takes (nil: its default), and whether
        /// that integer literal became a `Double`.
        let sources: [(argument: Int?, toDouble: Bool)]
        /// The arguments are the parameters' values as written.
        let asWritten: Bool

        /// Remembers `overload` if it depends only on the kinds of the arguments: numbers,
        /// Booleans and strings, or anything at all for a parameter of any type when there
        /// is no other overload to choose. Variadics and closures are matched every time.
        init?(_ overload: Overload, values: Arguments, site: InvocationSite, singleCandidate: Bool) {
            let parameters = overload.builtin.parameters
            guard !parameters.contains(where: \.isVariadic) else { return nil }
            var sources: [(Int?, Bool)] = []
            for (index, source) in overload.sources.enumerated() {
                guard let argument = source else {
                    sources.append((nil, false))
                    continue
                }
                let isAnything = switch parameters[index].type { case .any, .generic: true; default: false }
                guard Kind(values[argument]) != .other || (singleCandidate && isAnything) else { return nil }
                let toDouble = if case .int = values[argument], case .double = overload.arguments[index] { true } else { false }
                sources.append((argument, toDouble))
            }
            builtin = overload.builtin
            self.site = site
            overloadSources = overload.sources
            defaults = overload.arguments
            isMutating = overload.builtin.isMutating
            kinds = values.map(Kind.init)
            self.sources = sources
            asWritten = sources.count == values.count && sources.enumerated().allSatisfy { $1.0 == $0 && !$1.1 }
        }

        func fits(_ values: Arguments) -> Bool {
            guard values.count == kinds.count else { return false }
            for index in values.indices where Kind(values[index]) != kinds[index] { return false }
            return true
        }

        func arranged(_ values: Arguments) -> Arguments {
            if asWritten { return values }
            return Arguments(count: sources.count) { index in
                let source = sources[index]
                guard let argument = source.argument else { return defaults[index] }
                if source.toDouble, case .int(let n) = values[argument] { return .double(Double(n)) }
                return values[argument]
            }
        }
    }
}
