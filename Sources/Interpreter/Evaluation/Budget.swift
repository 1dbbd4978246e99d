/// The limits that stop a runaway block with an error instead of a hang or a crash.
public struct Budget: Sendable, Hashable {
    /// Statements, loop iterations and calls a block may run.
    public var steps: Int
    /// How deep calls of the block's functions and closures may nest.
    public var recursion: Int
    /// The most elements an array or characters a string may hold.
    public var collectionSize: Int

    public init(steps: Int = 10_000_000, recursion: Int = 200, collectionSize: Int = 20_000_000) {
        self.steps = steps
        self.recursion = recursion
        self.collectionSize = collectionSize
    }
}
