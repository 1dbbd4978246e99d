/// What running a lesson's experiment blocks produced.
public struct LessonRun: Sendable, Hashable, Codable {
    /// One entry per experiment block, in order.
    public var blocks: [BlockRun]
    public var diagnostics: [Diagnostic]

    public init(blocks: [BlockRun], diagnostics: [Diagnostic]) {
        self.blocks = blocks
        self.diagnostics = diagnostics
    }
}

/// What one experiment block produced, and its code classified for highlighting.
public struct BlockRun: Sendable, Hashable, Codable {
    public var code: [CodeToken]
    public var outputs: [Output]
    /// The interpreter's steps the block took: what it cost, the same on every machine and
    /// every run, unlike its time.
    public var steps: Int
    /// A swept block's runs, one per value in the order the sweep lists them; empty for a
    /// block that is not swept. `outputs` then holds only the claims, each merged over every
    /// variant, since a claim must hold for every value.
    public var variants: [BlockVariant]

    public init(code: [CodeToken], outputs: [Output], steps: Int = 0, variants: [BlockVariant] = []) {
        self.code = code
        self.outputs = outputs
        self.steps = steps
        self.variants = variants
    }
}

/// One run of a swept block: the values it ran with, and what it produced but its claims.
public struct BlockVariant: Sendable, Hashable, Codable {
    /// Each swept name and its value as Swift prints it: `[("rate", "0.1")]`.
    public var values: [Binding]
    public var outputs: [Output]

    public struct Binding: Sendable, Hashable, Codable {
        public let name: String
        public let value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(values: [Binding], outputs: [Output]) {
        self.values = values
        self.outputs = outputs
    }

    /// `rate = 0.1, seed = 2`: how captions, messages and the slider name the variant.
    public var label: String {
        values.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")
    }
}
