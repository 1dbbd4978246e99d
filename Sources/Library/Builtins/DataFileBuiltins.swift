import Engine
import Interpreter
import LessonsCore

/// Datasets read from CSV files in the lessons folder.
enum DataFileBuiltins {
    static let topic = DatasetBuiltins.topic
    static var features: Parameter { Parameter("features", .array(.string), default: .array([])) }

    static var all: [Builtin] { [
        Builtin(
            "csv", parameters: [Parameter(nil, "path", .string), Parameter("label", .string), features],
            returns: DatasetBuiltins.dataset, topic: topic,
            doc: "A classification dataset from a CSV file in the lessons folder: the label column's classes (integers from 0, or names numbered in sorted order), the other columns or the features named as inputs.",
            example: "csv(\"data/xor.csv\", label: \"xor\").count"
        ) { call in
            let (table, path) = try load(call)
            let label = try column(call.string(1), in: table, path: path, argument: 1)
            let inputs = try inputColumns(call, table: table, path: path, excluding: [label])
            let labels = try classLabels(table, column: label, path: path)
            return .object(DatasetObject(Dataset(inputs: try matrix(table, columns: inputs, path: path),
                                                 targets: .classes(labels: labels, count: (labels.max() ?? 0) + 1))))
        },
        Builtin(
            "csv", parameters: [Parameter(nil, "path", .string), Parameter("targets", .array(.string)), features],
            returns: DatasetBuiltins.dataset, topic: topic,
            doc: "A regression dataset from a CSV file in the lessons folder: the target columns as values to learn, the other columns or the features named as inputs.",
            example: "csv(\"data/xor.csv\", targets: [\"xor\"]).features"
        ) { call in
            let (table, path) = try load(call)
            let targets = try call.array(1).map { try column($0.printed, in: table, path: path, argument: 1) }
            let inputs = try inputColumns(call, table: table, path: path, excluding: targets)
            return .object(DatasetObject(Dataset(inputs: try matrix(table, columns: inputs, path: path),
                                                 targets: .values(try matrix(table, columns: targets, path: path)))))
        },
    ] }

    private static func load(_ call: Invocation) throws -> (CSVTable, String) {
        let path = call.string(0)
        let text: String
        switch call.context.text(ofFile: path) {
        case .success(let contents): text = contents
        case .failure(let problem): throw BuiltinError(.dataFile(path, problem), argument: 0)
        }
        do {
            let table = try CSVTable.parse(text)
            try call.context.reserve(elements: table.rows.count * table.header.count)
            return (table, path)
        } catch let problem as CSVTable.Problem {
            throw BuiltinError(.csvSyntax(path, problem), argument: 0)
        }
    }

    private static func column(_ name: String, in table: CSVTable, path: String, argument: Int) throws -> Int {
        guard let index = table.header.firstIndex(of: name) else {
            throw BuiltinError(.noColumn(path, name, columns: table.header), argument: argument)
        }
        return index
    }

    /// The features named, or every column that is not a label or target.
    private static func inputColumns(_ call: Invocation, table: CSVTable, path: String, excluding: [Int]) throws -> [Int] {
        let named = call.array(2).map(\.printed)
        if named.isEmpty { return table.header.indices.filter { !excluding.contains($0) } }
        return try named.map { try column($0, in: table, path: path, argument: 2) }
    }

    private static func matrix(_ table: CSVTable, columns: [Int], path: String) throws -> Matrix {
        var storage: [Float] = []
        storage.reserveCapacity(table.rows.count * columns.count)
        for (row, line) in zip(table.rows, table.lines) {
            for column in columns {
                let field = CSVTable.trimmed(row[column])
                guard let value = Double(field) else {
                    throw BuiltinError(.csvNotNumber(path, line: line, column: table.header[column], field: field), argument: 0)
                }
                storage.append(Float(value))
            }
        }
        return Matrix(rows: table.rows.count, columns: columns.count, storage: storage)
    }

    /// Integer labels as they are; names numbered in sorted order, so the numbering does not
    /// depend on which row comes first.
    private static func classLabels(_ table: CSVTable, column: Int, path: String) throws -> [Int] {
        let fields = table.rows.map { CSVTable.trimmed($0[column]) }
        if fields.allSatisfy({ Int($0) != nil }) {
            let labels = fields.compactMap { Int($0) }
            if let negative = zip(labels, table.lines).first(where: { $0.0 < 0 }) {
                throw BuiltinError(.csvNegativeLabel(path, line: negative.1, label: negative.0), argument: 1)
            }
            return labels
        }
        let names = Array(Set(fields)).sorted()
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        return fields.map { numbers[$0] ?? 0 }
    }
}
