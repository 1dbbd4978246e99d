/// A table a block produced: column headings over rows of cells, each cell already text.
public struct Table: Sendable, Hashable, Codable {
    /// One cell: its text, and whether it is a number (numbers align right, as in print).
    public struct Cell: Sendable, Hashable, Codable {
        public let text: String
        public let isNumber: Bool

        public init(_ text: String, isNumber: Bool) {
            self.text = text
            self.isNumber = isNumber
        }
    }

    public let columns: [String]
    public let rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }
}
