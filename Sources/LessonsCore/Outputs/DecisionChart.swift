/// What a classifier decides over a plane: each grid cell shaded by the class it picks and
/// how sure it is, the boundaries between classes, and the data on top.
public struct DecisionChart: Sendable, Hashable, Codable {
    /// An example of the data: where it is and its class.
    public struct Example: Sendable, Hashable, Codable {
        public var point: Point
        public var label: Int

        public init(point: Point, label: Int) {
            self.point = point
            self.label = label
        }
    }

    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>
    /// For each grid point, row by row from the lowest y, each row from the lowest x: the
    /// probability of each class. Grid points are the centres of the cells drawn.
    public var probabilities: [[[Double]]]
    /// The classes, named as the legend shows them.
    public var classes: [String]
    public var examples: [Example]

    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, probabilities: [[[Double]]], classes: [String], examples: [Example]) {
        self.x = x
        self.y = y
        self.probabilities = probabilities
        self.classes = classes
        self.examples = examples
    }
}
