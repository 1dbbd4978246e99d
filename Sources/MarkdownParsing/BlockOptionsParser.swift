import LessonsCore

/// Reads the `//| key: value` lines at the top of an experiment block into `BlockOptions`.
enum BlockOptionsParser {
    static let keys = ["caption", "echo", "expect", "fold", "id", "solution", "sweep"] + BudgetSettings.keys
    static let prefix = "//|"

    /// The options, how many lines they take, and a diagnostic for each bad line.
    static func parse(code: String, map: BlockSourceMap) -> (BlockOptions, lineCount: Int, [Diagnostic]) {
        var options = BlockOptions()
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        let optionLines = lines.prefix { $0.drop(while: { $0 == " " }).hasPrefix(prefix) }
        for (index, line) in optionLines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent + prefix.count)
            let keyColumn = indent + prefix.count + body.prefix { $0 == " " }.count + 1
            let at = map.location(line: index + 1, column: keyColumn)
            guard let colon = body.firstIndex(of: ":") else {
                diagnostics.append(Diagnostic(.malformedBlockOption(String(line)), at: at))
                continue
            }
            let key = body[..<colon].trimmingCharacters(in: " ")
            let value = body[body.index(after: colon)...].trimmingCharacters(in: " ")
            guard seen.insert(key).inserted else {
                diagnostics.append(Diagnostic(.duplicateBlockOption(key), at: at))
                continue
            }
            if let message = apply(key: key, value: value, to: &options) {
                diagnostics.append(Diagnostic(message, at: at))
            }
        }
        return (options, optionLines.count, diagnostics)
    }

    /// Where the option `key` is written, for a problem found after parsing: its key's column
    /// on its line, or the block's first line.
    static func location(of key: String, in code: String, map: BlockSourceMap) -> SourceLocation {
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.prefix(while: { $0.drop(while: { $0 == " " }).hasPrefix(prefix) }).enumerated() {
            guard let range = line.range(of: key) else { continue }
            return map.location(line: index + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
        }
        return map.location(line: 1, column: 1)
    }

    /// Sets one option, or returns what is wrong with it.
    private static func apply(key: String, value: String, to options: inout BlockOptions) -> DiagnosticMessage? {
        switch key {
        case "caption":
            options.caption = value
        case "id":
            guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                return .invalidOptionValue(key, value: value, expected: "a name of letters, digits, '-' and '_'")
            }
            options.id = value
        case "echo", "fold", "solution":
            guard let flag = ["true": true, "false": false][value] else {
                return .invalidOptionValue(key, value: value, expected: "true or false")
            }
            switch key {
            case "echo": options.echo = flag
            case "fold": options.fold = flag
            default: options.solution = flag
            }
        case "expect":
            guard value == "error" else { return .invalidOptionValue(key, value: value, expected: "'error'") }
            options.expectsError = true
        case "sweep":
            guard let sweep = sweep(value) else {
                return .invalidOptionValue(key, value: value, expected: "'name in [values]' or 'name in a...b', and at most one more after ';'")
            }
            options.sweep = sweep
        case _ where BudgetSettings.keys.contains(key):
            guard options.budget.set(key, to: value) else {
                return .invalidOptionValue(key, value: value, expected: "a whole number above 0")
            }
        default:
            return .unknownBlockOption(key, known: keys)
        }
        return nil
    }
}

extension BlockOptionsParser {
    // Compiled once: a regex literal is parsed again each time the expression runs.
    nonisolated(unsafe) private static let sweepParameter = #/\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+in\s+(?<values>\S.*?)\s*/#

    /// `rate in [0.01, 0.1]` or `rate in [0.01, 0.1]; seed in 1...3`: one or two names, each
    /// a Swift identifier, with the expression of its values; nil if it is not that.
    static func sweep(_ value: String) -> [SweepParameter]? {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        var parameters: [SweepParameter] = []
        for part in parts {
            guard let match = part.wholeMatch(of: sweepParameter),
                  !parameters.contains(where: { $0.name == String(match.output.name) }) else { return nil }
            parameters.append(SweepParameter(name: String(match.output.name), values: String(match.output.values)))
        }
        return parameters
    }
}

extension Substring {
    func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
