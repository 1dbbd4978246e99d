/// Where a variable lives, decided when its block is compiled.
enum Storage {
    /// A slot of the frame's values: a variable no closure captures.
    case value(Int)
    /// A slot of the frame's variables: a variable some closure captures, made anew each
    /// time its declaration runs (so each loop iteration has its own, as in Swift).
    case variable(Int)
    /// One of the variables the running closure captured.
    case capture(Int)
    /// A global of the lesson, declared before this code was compiled.
    case global(Variable)
    /// A name unknown when compiled: a builtin, or a global declared later.
    case dynamic(GlobalName)
}
