/// Something an experiment block produced, in the order it produced it.
/// The running side creates these; the rendering side draws them. Nothing else crosses.
public enum Output: Sendable, Hashable, Codable {
    /// Text the block printed.
    case text(String)
    /// The value of the block's last expression, as Swift would print it.
    case value(String)
    case figure(Figure)
    /// Rows of values under column headings.
    case table(Table)
    case check(Check)
    /// The error of a block marked `expect: error`, which is its intended result.
    case expectedError(String)
}
