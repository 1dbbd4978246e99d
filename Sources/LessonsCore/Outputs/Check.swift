/// A claim the lesson's text makes, and whether the build proved it.
public struct Check: Sendable, Hashable {
    /// The claim in the author's words.
    public let claim: String
    /// The condition's source code, as written in the block.
    public let condition: String
    public let passed: Bool
    public let location: SourceLocation

    public init(claim: String, condition: String, passed: Bool, location: SourceLocation) {
        self.claim = claim
        self.condition = condition
        self.passed = passed
        self.location = location
    }
}
