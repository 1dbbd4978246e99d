import LessonsCore

/// Every message the parsing stage reports, declared once.
extension DiagnosticMessage {
    static func unknownBlockOption(_ key: String, known: [String]) -> Self {
        .init("unknown block option '\(key)'\(suggestion(for: key, among: known)) (options: \(list(known)))")
    }

    static func malformedBlockOption(_ line: String) -> Self {
        .init("a block option is written '//| key: value', not '\(line)'")
    }

    static func duplicateBlockOption(_ key: String) -> Self {
        .init("block option '\(key)' is given twice; keep one")
    }

    static func invalidOptionValue(_ key: String, value: String, expected: String) -> Self {
        .init("block option '\(key)' must be \(expected), not '\(value)'")
    }

    static func invalidCitationKey(_ key: String) -> Self {
        .init("'\(key)' cannot be a citation key; use letters, digits, '-', '_' and ':', such as glorot2010")
    }

    static func incompleteReference(_ key: String, missing: [String]) -> Self {
        .init("the reference '\(key)' is missing \(missing.joined(separator: ", ")); a reference gives authors, title, venue and year")
    }

    static func solutionOutsideExercise() -> Self {
        .init("a solution block belongs inside an exercise; put it in a block quote that starts with [!EXERCISE]")
    }

    static func exerciseWithoutSolution() -> Self {
        .init("this exercise has no solution; add an experiment block with '//| solution: true' inside it, after the question")
    }

    static func unclosedFrontMatter() -> Self {
        .init("the front matter that starts here has no closing '---' line")
    }

    static func yamlSyntax(_ problem: String) -> Self {
        .init("YAML syntax error: \(problem)")
    }

    static func notAMapping(_ what: String) -> Self {
        .init("\(what) must be a mapping of 'key: value' lines")
    }

    static func unknownKey(_ key: String, in what: String, known: [String]) -> Self {
        .init("unknown key '\(key)' in \(what)\(suggestion(for: key, among: known)) (keys: \(list(known)))")
    }

    static func wrongValueType(_ key: String, in what: String, expected: String) -> Self {
        .init("'\(key)' in \(what) must be \(expected)")
    }

    static func notTextItem(_ key: String, in what: String) -> Self {
        .init("this item of '\(key)' in \(what) is not text; YAML reads ': ' as a key, so put the item in quotes")
    }

    static func missingTitle(fallback: String) -> Self {
        .init("the lesson has no title, so it is called '\(fallback)'; add 'title:' to its front matter",
              severity: .warning)
    }

    static func lessonNotFound(_ name: String) -> Self {
        .init("course.yml lists '\(name)', but there is no such lesson file; "
            + "fix the name or add the file")
    }

    static func lessonListedTwice(_ name: String) -> Self {
        .init("course.yml lists '\(name)' more than once; keep one")
    }

    static func lessonNotListed(_ name: String) -> Self {
        .init("'\(name)' is not listed in course.yml, so it is not in the course; list it or remove it",
              severity: .warning)
    }

    static func nestingTooDeep(limit: Int) -> Self {
        .init("Markdown nested deeper than \(limit) levels is not supported; flatten it")
    }

    private static func suggestion(for key: String, among known: [String]) -> String {
        NameSuggestion.nearest(to: key, among: known).map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func list(_ names: [String]) -> String {
        names.sorted().map { "'\($0)'" }.joined(separator: ", ")
    }
}

/// Math: TeX that the formulas of a lesson may not use.
extension DiagnosticMessage {
    static func unknownTeXCommand(_ name: String, suggestion: String?) -> Self {
        .init("unknown TeX command '\\\(name)' in math\(suggestion.map { "; did you mean '\\\($0)'?" } ?? "; the reference page lists the commands formulas may use")")
    }

    static func unexpectedTeX(_ text: String) -> Self {
        .init("unexpected '\(text)' in math; check that braces, \\left…\\right and \\begin…\\end pair up")
    }

    static func unclosedTeXGroup() -> Self {
        .init("this '{' is never closed; add a '}'")
    }

    static func unclosedTeXFence() -> Self {
        .init("'\\left' has no matching '\\right'; add one, such as '\\right)' or '\\right.'")
    }

    static func unknownTeXFence(_ written: String, _ command: String) -> Self {
        .init("'\(written)' cannot follow '\(command)'; use a bracket such as ( [ \\{ | \\langle, or '.' for none")
    }

    static func missingTeXArgument(_ command: String) -> Self {
        .init("'\(command)' needs an argument here, such as {x}")
    }

    static func doubleTeXScript(_ kind: String) -> Self {
        .init("this atom already has a \(kind); group it, as {x^a}^b, to give it another")
    }

    static func unknownTeXEnvironment(_ name: String, known: [String]) -> Self {
        .init("unknown environment '\(name)' in math (environments: \(known.joined(separator: ", ")))")
    }

    static func unclosedTeXEnvironment(_ name: String) -> Self {
        .init("'\\begin{\(name)}' has no '\\end{\(name)}'")
    }

    static func mismatchedTeXEnvironment(_ opened: String, _ closed: String) -> Self {
        .init("'\\begin{\(opened)}' is closed by '\\end{\(closed)}'; close it with '\\end{\(opened)}'")
    }
}

extension DiagnosticMessage {
    static func unknownCallout(_ name: String, known: [String]) -> Self {
        .init("unknown callout '[!\(name)]'; use one of \(known.map { "[!\($0)]" }.joined(separator: ", "))")
    }
}
