/// The names visible at a point of a block. Closures keep their scope alive, and see later
/// assignments to it, as Swift's closures do.
final class Scope {
    final class Slot {
        var value: Value?
        let isMutable: Bool
        let type: ValueType?

        init(value: Value?, isMutable: Bool, type: ValueType?) {
            self.value = value
            self.isMutable = isMutable
            self.type = type
        }
    }

    let parent: Scope?
    private var slots: [String: Slot] = [:]

    init(parent: Scope?) {
        self.parent = parent
    }

    func lookup(_ name: String) -> Slot? {
        slots[name] ?? parent?.lookup(name)
    }

    /// Declares `name` here; false if this scope already has it.
    func declare(_ name: String, _ slot: Slot) -> Bool {
        guard slots[name] == nil else { return false }
        slots[name] = slot
        return true
    }

    /// Forgets every name. A closure stored in a scope also holds that scope, a cycle that
    /// reference counting never frees; clearing the lesson's scope when it ends breaks it.
    func removeAll() {
        slots.removeAll()
    }

    /// Every name visible from here, for suggestions.
    var visibleNames: [String] {
        Array(slots.keys) + (parent?.visibleNames ?? [])
    }
}
