/// The names a lesson's blocks declare at their top level, seen by every later block, like the
/// cells of a notebook. A swept variant declares into a table of its own over the lesson's,
/// which it drops when it ends.
final class Globals {
    let parent: Globals?
    private var variables: [String: Variable] = [:]
    /// Changes whenever a name is declared here, so a lookup that missed can be trusted
    /// again until then.
    private(set) var version = 0

    init(parent: Globals?) {
        self.parent = parent
    }

    func lookup(_ name: String) -> Variable? {
        variables[name] ?? parent?.lookup(name)
    }

    /// Declares `name` here; false if this table already has it. (A variant may shadow a
    /// global of the lesson.)
    func declare(_ name: String, _ variable: Variable) -> Bool {
        guard variables[name] == nil else { return false }
        variables[name] = variable
        version += 1
        return true
    }

    /// Forgets every name, and empties every variable. A `func` stored in a global holds the
    /// code that reads the globals it uses, itself among them when it recurses: a cycle that
    /// reference counting never frees; emptying the variables when the lesson ends breaks it.
    func removeAll() {
        for variable in variables.values { variable.value = nil }
        variables.removeAll()
        version += 1
    }

    /// Every name declared, for suggestions.
    var names: [String] {
        Array(variables.keys) + (parent?.names ?? [])
    }
}
