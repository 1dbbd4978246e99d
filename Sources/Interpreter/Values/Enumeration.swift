/// A closed set of named cases the library declares, such as `CriticalPoint` or `Optimizer`.
/// Blocks write a case as an implicit member (`.saddle`, `.adam`) where the type is known, or
/// in full (`CriticalPoint.saddle`).
public struct Enumeration: Hashable, Sendable, CustomStringConvertible {
    /// A case, and the numbers it carries, each with its default.
    public struct Case: Hashable, Sendable {
        public let name: String
        public let parameters: [(label: String, defaultValue: Double?)]
        public let doc: String

        public init(_ name: String, parameters: [(label: String, defaultValue: Double?)] = [], doc: String) {
            self.name = name
            self.parameters = parameters
            self.doc = doc
        }

        public static func == (a: Case, b: Case) -> Bool {
            a.name == b.name && a.parameters.map(\.label) == b.parameters.map(\.label)
                && a.parameters.map(\.defaultValue) == b.parameters.map(\.defaultValue)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(parameters.map(\.label))
        }

        /// How the reference page writes it: `noisy(standardDeviation: Double)`.
        public var declaration: String {
            guard !parameters.isEmpty else { return name }
            return name + "(" + parameters.map { parameter in
                "\(parameter.label): Double" + (parameter.defaultValue.map { " = \(Value.double($0).printed)" } ?? "")
            }.joined(separator: ", ") + ")"
        }
    }

    public let name: String
    public let cases: [Case]
    public let doc: String

    public init(_ name: String, cases: [Case], doc: String) {
        self.name = name
        self.cases = cases
        self.doc = doc
    }

    public var description: String { name }

    public func `case`(named name: String) -> Case? {
        cases.first { $0.name == name }
    }
}

/// A value of an enumeration: a case and its numbers. Before its type is known (an implicit
/// member awaiting its context) `enumeration` is nil.
public struct EnumCase {
    public let enumeration: Enumeration?
    public let name: String
    public let arguments: [Value]
    public let labels: [String?]

    public init(enumeration: Enumeration?, name: String, arguments: [Value] = [], labels: [String?] = []) {
        self.enumeration = enumeration
        self.name = name
        self.arguments = arguments
        self.labels = labels
    }

    /// The case as a value of `enumeration`, its numbers matched to the case's parameters
    /// with defaults filled in; nil if the enumeration has no such case or the numbers do not fit.
    func resolved(as enumeration: Enumeration) -> EnumCase? {
        guard self.enumeration == nil || self.enumeration == enumeration,
              let declared = enumeration.case(named: name) else { return nil }
        var values: [Value] = []
        var next = 0
        for parameter in declared.parameters {
            if next < arguments.count, labels[next] == parameter.label {
                switch arguments[next] {
                case .double(let x): values.append(.double(x))
                case .int(let n): values.append(.double(Double(n)))
                default: return nil
                }
                next += 1
            } else if let value = parameter.defaultValue {
                values.append(.double(value))
            } else {
                return nil
            }
        }
        guard next == arguments.count else { return nil }
        return EnumCase(enumeration: enumeration, name: name, arguments: values, labels: declared.parameters.map(\.label))
    }

    /// The numbers of a resolved case, by label.
    public func number(_ label: String) -> Double {
        guard let index = labels.firstIndex(of: label), case .double(let x) = arguments[index] else { return .nan }
        return x
    }
}
