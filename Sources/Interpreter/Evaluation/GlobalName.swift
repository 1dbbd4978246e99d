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
