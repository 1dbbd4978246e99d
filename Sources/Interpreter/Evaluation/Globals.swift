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

    /// Forgets every name. A closure stored in a global also holds the globals it uses, a
    /// cycle that reference counting never frees; clearing the table when the lesson ends
    /// breaks it.
    func removeAll() {
        variables.removeAll()
        version += 1
    }

    /// Every name declared, for suggestions.
    var names: [String] {
        Array(variables.keys) + (parent?.names ?? [])
    }
}

/// A name that was not declared when its block was compiled: a builtin, or a global a later
/// statement or block declares. Looked up when it runs, and remembered once found.
final class GlobalName {
    let name: String
    private let globals: Globals
    private var found: Variable?
    private var missedAt = -1

    init(_ name: String, in globals: Globals) {
        self.name = name
        self.globals = globals
    }

    var variable: Variable? {
        if let found { return found }
        if missedAt == globals.version { return nil }
        if let variable = globals.lookup(name) {
            found = variable
            return variable
        }
        missedAt = globals.version
        return nil
    }
}
