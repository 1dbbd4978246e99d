/// The `func` a call site names, when it is a global constant: found once, then called
/// without reading the global, copying its value or checking the call's labels again.
///
/// A global constant's value is set once and kept until the lesson ends (`Evaluator.finish`,
/// after which no code runs), so the closure is held unretained: retaining and releasing it
/// per call was a tenth of the cost of a call.
final class GlobalCallee {
    private enum Source {
        case variable(Variable)
        case name(GlobalName)
    }

    private let source: Source
    private let labels: [String?]
    private var closure: Unmanaged<Closure>?

    private init(_ source: Source, labels: [String?]) {
        self.source = source
        self.labels = labels
    }

    /// For a callee held in `storage`, if it is a global.
    convenience init?(_ storage: Storage, labels: [String?]) {
        switch storage {
        case .global(let variable): self.init(.variable(variable), labels: labels)
        case .dynamic(let name): self.init(.name(name), labels: labels)
        case .value, .variable, .capture: return nil
        }
    }

    /// The callee, looked up the first time it is there to find.
    @inline(__always) func resolved() -> Unmanaged<Closure>? {
        if closure == nil { find() }
        return closure
    }

    /// Looks the callee up, and keeps it if it is a closure that these arguments fit exactly
    /// (as many as its parameters, with its labels) in a global constant.
    private func find() {
        let variable: Variable? = switch source {
        case .variable(let variable): variable
        case .name(let name): name.variable
        }
        guard let variable, !variable.isMutable, case .function(.closure(let closure))? = variable.value,
              closure.code.parameters.count == labels.count, !closure.isFunction || closure.code.accepts(labels) else { return }
        self.closure = Unmanaged.passUnretained(closure)
    }
}
