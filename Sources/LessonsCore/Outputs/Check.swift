/// A claim the lesson's text makes, and whether the build proved it.
public struct Check: Sendable, Hashable, Codable {
    /// The claim in the author's words.
    public let claim: String
    /// Each different claim the check made, in order: one, unless a check in a loop
    /// interpolates its case into the claim (`"\(name) draws weights…"`).
    public let claims: [String]
    /// The condition's source code, as written in the block.
    public let condition: String
    public let passed: Bool
    public let location: SourceLocation
    /// How many times the check ran (in a loop, once per iteration), and how many of those
    /// the condition was false.
    public let cases: Int
    public let failures: Int

    public init(claim: String, condition: String, passed: Bool, location: SourceLocation, cases: Int = 1, failures: Int? = nil,
                claims: [String]? = nil) {
        self.claim = claim
        self.claims = claims ?? [claim]
        self.condition = condition
        self.passed = passed
        self.location = location
        self.cases = cases
        self.failures = failures ?? (passed ? 0 : 1)
    }

    /// This check and another run of it, as one claim.
    public func merged(with other: Check) -> Check {
        Check(claim: claim, condition: condition, passed: passed && other.passed, location: location,
              cases: cases + other.cases, failures: failures + other.failures,
              claims: claims + other.claims.filter { !claims.contains($0) })
    }
}
