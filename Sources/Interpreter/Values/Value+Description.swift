import LessonsCore

extension Value {
    /// The value as Swift's `print` writes it: strings bare at the top level, quoted inside
    /// collections; doubles in their shortest round-trip form (`0.25`, `1e-10`).
    public var printed: String {
        if case .string(let text) = self { return text }
        return debugText
    }

    /// The value as Swift's `debugPrint` writes it, which is how collections show elements.
    var debugText: String {
        switch self {
        case .void: return "()"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return NumberFormat.swift(value)
        case .string(let text): return Self.quoted(text)
        case .array(let elements): return "[" + elements.map(\.debugText).joined(separator: ", ") + "]"
        case .tuple(let tuple):
            let parts = zip(tuple.labels, tuple.elements).map { label, element in
                (label.map { "\($0): " } ?? "") + element.debugText
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .range(.integers(let lower, let upper, let isClosed)):
            return "\(lower)\(isClosed ? "..." : "..<")\(upper)"
        case .range(.reals(let lower, let upper, let isClosed)):
            return NumberFormat.swift(lower) + (isClosed ? "..." : "..<") + NumberFormat.swift(upper)
        case .function: return "(Function)"
        case .object(let object): return object.printed
        case .enumCase(let value):
            guard !value.arguments.isEmpty else { return value.name }
            let parts = zip(value.labels, value.arguments).map { label, argument in (label.map { "\($0): " } ?? "") + argument.debugText }
            return value.name + "(" + parts.joined(separator: ", ") + ")"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\0": result += "\\0"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
