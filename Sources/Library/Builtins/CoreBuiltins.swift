import Interpreter
import LessonsCore

/// Printing and checking claims.
enum CoreBuiltins {
    static let topic = "Output and claims"

    static var all: [Builtin] { [
        Builtin(
            "print", parameters: [
                Parameter(nil, "items", .any, isVariadic: true),
                Parameter("separator", .string, default: .string(" ")),
                Parameter("terminator", .string, default: .string("\n")),
            ], returns: .void, topic: topic,
            doc: "Prints values below the block, as Swift's print does.",
            example: #"print("σ′(0) =", sigmoid.derivative(0))"#
        ) { call in
            let items = call.array(0).map(\.printed)
            call.context.emit(.text(items.joined(separator: call.string(1)) + call.string(2)))
            return .void
        },
        Builtin(
            "check", parameters: [Parameter(nil, "condition", .bool), Parameter(nil, "claim", .string)],
            returns: .void, topic: topic,
            doc: "States a claim the lesson makes; the build proves it, or fails and names it.",
            example: #"check(sigmoid.derivative(0) == 0.25, "σ′(0) = 1/4")"#
        ) { call in
            call.context.record(Check(
                claim: call.string(1), condition: call.argumentTexts[0], passed: call.bool(0),
                location: call.context.location))
            return .void
        },
        Builtin(
            "table", parameters: [Parameter(nil, "rows", .array(.any)), Parameter("columns", .array(.string)),
                                  Parameter("digits", .int, default: .int(4))],
            returns: .void, topic: topic,
            doc: "Shows rows (tuples or arrays, one value per column) as a table under column headings, each Double rounded to `digits` significant digits for a reader.",
            example: #"table([("σ", sigmoid.derivative(0)), ("tanh", tanh.derivative(0))], columns: ["activation", "slope at 0"])"#
        ) { call in
            let columns = call.array(1).map(\.printed)
            guard !columns.isEmpty else { throw BuiltinError(.tableWithoutColumns(), argument: 1) }
            let digits = call.int(2)
            guard (1...17).contains(digits) else { throw BuiltinError(.tableDigits(digits), argument: 2) }
            let rows = try call.array(0).enumerated().map { index, row in
                let cells = cells(of: row)
                guard cells.count == columns.count else {
                    throw BuiltinError(.tableRow(index + 1, cells: cells.count, columns: columns.count), argument: 0)
                }
                return cells.map { cell in
                    if case .double(let x) = cell { return Table.Cell(NumberFormat.significant(x, digits: digits), isNumber: true) }
                    return Table.Cell(cell.printed, isNumber: isNumber(cell))
                }
            }
            call.context.emit(.table(Table(columns: columns, rows: rows)))
            return .void
        },
    ] }

    /// Whether a cell holds a number, or text that reads as one (`String(format:)`'s output),
    /// so that its column aligns on the right.
    private static func isNumber(_ value: Value) -> Bool {
        switch value {
        case .int, .double: true
        // Text from `format` or String(format:): a true minus (−) reads as one too.
        case .string(let text): Double(String(text.trimmingPrefix(" ").map { $0 == "\u{2212}" ? "-" : $0 })) != nil
        default: false
        }
    }

    /// The values of one row: a tuple's or an array's elements, or the value alone.
    private static func cells(of row: Value) -> [Value] {
        switch row {
        case .tuple(let tuple): tuple.elements
        case .array(let elements): elements
        default: [row]
        }
    }
}
