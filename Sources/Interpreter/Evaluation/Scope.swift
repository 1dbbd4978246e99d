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
    /// The names declared here, in order, and their slots. Most scopes (a loop's body, a
    /// closure's parameters) hold a name or two, where comparing short strings is quicker than
    /// hashing them; past `indexed` names an index takes over.
    private var names: [String] = []
    private var slots: [Slot] = []
    private var index: [String: Int]?
    private static let indexed = 16

    init(parent: Scope?) {
        self.parent = parent
    }

    func lookup(_ name: String) -> Slot? {
        var scope: Scope? = self
        while let current = scope {
            if let slot = current.local(name) { return slot }
            scope = current.parent
        }
        return nil
    }

    private func local(_ name: String) -> Slot? {
        if let index { return index[name].map { slots[$0] } }
        for position in names.indices where names[position] == name { return slots[position] }
        return nil
    }

    /// Declares `name` here; false if this scope already has it.
    func declare(_ name: String, _ slot: Slot) -> Bool {
        guard local(name) == nil else { return false }
        names.append(name)
        slots.append(slot)
        if index != nil {
            index?[name] = names.count - 1
        } else if names.count > Self.indexed {
            index = Dictionary(uniqueKeysWithValues: zip(names, names.indices))
        }
        return true
    }

    /// Forgets every name. A closure stored in a scope also holds that scope, a cycle that
    /// reference counting never frees; clearing the lesson's scope when it ends breaks it.
    func removeAll(keepingCapacity: Bool = false) {
        names.removeAll(keepingCapacity: keepingCapacity)
        slots.removeAll(keepingCapacity: keepingCapacity)
        index = nil
    }

    /// Every name visible from here, innermost first, for suggestions.
    var visibleNames: [String] {
        names + (parent?.visibleNames ?? [])
    }
}

/// The scopes of a loop's iterations. Each iteration has bindings of its own, as in Swift, so a
/// closure made in one keeps that iteration's values. A scope that nothing kept after its
/// iteration is emptied and used again: most loops make no closures, and a new scope per
/// iteration was a third of a simple loop's allocations.
struct IterationScopes {
    private let parent: Scope
    private var current: Scope?

    init(parent: Scope) {
        self.parent = parent
    }

    /// An empty scope for the next iteration.
    mutating func next() -> Scope {
        let scope: Scope
        if var kept = current.take(), isKnownUniquelyReferenced(&kept) {
            kept.removeAll(keepingCapacity: true)
            scope = kept
        } else {
            scope = Scope(parent: parent)
        }
        current = scope
        return scope
    }
}
