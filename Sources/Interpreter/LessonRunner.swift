import LessonsCore
import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// Runs the experiment blocks of one lesson, in order, in one scope.
public struct LessonRunner {
    private let registry: BuiltinRegistry
    private let budget: Budget
    private let files: LessonFiles

    /// `files` are the data files blocks may load, from the lessons folder.
    public init(registry: BuiltinRegistry, budget: Budget = Budget(), files: LessonFiles = InMemoryLessonFiles()) {
        self.registry = registry
        self.budget = budget
        self.files = files
    }

    /// `budget` is the course's; each block's options may change it for that block.
    /// Every block's outputs, and every diagnostic of every block. A block that fails does
    /// not stop the blocks after it.
    public func run(_ lesson: Lesson) -> LessonRun {
        timedRun(lesson).run
    }

    /// The lesson's run, and how long each block took to compile and run, in block order.
    /// The times stay out of the run: they differ between runs, and the run must not.
    public func timedRun(_ lesson: Lesson) -> (run: LessonRun, seconds: [Double]) {
        let evaluator = Evaluator(registry: registry, seed: lesson.metadata.seed, files: files)
        defer { evaluator.finish() }
        var diagnostics: [LessonsCore.Diagnostic] = []
        var blocks: [BlockRun] = []
        var seconds: [Double] = []
        for block in lesson.experiments {
            let start = ContinuousClock.now
            defer { seconds.append((ContinuousClock.now - start).seconds) }
            let parsed = ParsedBlock(block.code)
            var (outputs, errors, steps, variants) = block.options.sweep.isEmpty
                ? run(block, parsed, in: evaluator) : sweep(block, parsed, in: evaluator)
            if block.options.expectsError {
                if errors.isEmpty {
                    diagnostics.append(.init(.expectedErrorButSucceeded(), at: block.range.start))
                } else {
                    outputs.append(.expectedError(errors.map(\.message.text).joined(separator: "\n")))
                }
            } else {
                diagnostics += errors
            }
            let code = SyntaxHighlighter.tokens(of: parsed, code: block.code, from: block.displayOffset, builtins: registry.functionNameSet)
            blocks.append(BlockRun(code: code, outputs: outputs, steps: steps, variants: variants))
        }
        return (LessonRun(blocks: blocks, diagnostics: diagnostics), seconds)
    }

    /// What a block produced: its outputs, its errors, the steps it took (none if it did not
    /// compile), and a swept block's variants.
    private typealias BlockResult = (outputs: [Output], errors: [LessonsCore.Diagnostic], steps: Int, variants: [BlockVariant])

    private func run(_ block: ExperimentBlock, _ parsed: ParsedBlock, in evaluator: Evaluator) -> BlockResult {
        switch compile(block, parsed) {
        case .failure(let errors):
            return ([], errors.diagnostics, 0, [])
        case .success(let statements):
            let (outputs, errors, steps) = execute(statements, of: block, in: evaluator)
            return (outputs, errors, steps, [])
        }
    }

    /// Runs compiled statements, with the swept names bound if there are any.
    private func execute(_ statements: [Stmt], of block: ExperimentBlock, in evaluator: Evaluator,
                         bindings: [(name: String, value: Value)] = []) -> ([Output], [LessonsCore.Diagnostic], Int) {
        do {
            let value = try evaluator.runBlock(statements, budget: budget.applying(block.options.budget), bindings: bindings)
            return (evaluator.outputs + (value.map { [.value($0.debugText)] } ?? []), evaluator.failedChecks, evaluator.steps)
        } catch let error as InterpreterError {
            return (evaluator.outputs, evaluator.failedChecks + [error.diagnostic], evaluator.steps)
        } catch let error as BuiltinError {
            // Builtins' errors are placed at their call; one that escapes is placed at the block.
            return (evaluator.outputs, evaluator.failedChecks + [.init(error.message, at: block.range.start)], evaluator.steps)
        } catch {
            return (evaluator.outputs, evaluator.failedChecks + [.init(.internalError("\(error)"), at: block.range.start)], evaluator.steps)
        }
    }

    // MARK: Sweeps

    /// Runs a swept block once per value (per pair of values, for two names, the first name
    /// varying slowest). Each variant keeps its own outputs; the claims are merged over all
    /// of them, since a claim must hold for every value, and each error names its variant.
    private func sweep(_ block: ExperimentBlock, _ parsed: ParsedBlock, in evaluator: Evaluator) -> BlockResult {
        let statements: [Stmt]
        switch compile(block, parsed) {
        case .failure(let errors): return ([], errors.diagnostics, 0, [])
        case .success(let compiled): statements = compiled
        }
        var parameters: [(name: String, values: [Value])] = []
        for parameter in block.options.sweep {
            switch values(of: parameter, in: block, evaluator: evaluator) {
            case .failure(let errors): return ([], errors.diagnostics, 0, [])
            case .success(let values): parameters.append((parameter.name, values))
            }
        }
        let count = parameters.reduce(1) { $0 * $1.values.count }
        guard count <= BlockOptions.maximumVariants else {
            return ([], [.init(.tooManyVariants(count, maximum: BlockOptions.maximumVariants), at: optionLocation(in: block))], 0, [])
        }
        var claims: [Output] = []
        var problems: [(variant: String, diagnostic: LessonsCore.Diagnostic)] = []
        var steps = 0
        var variants: [BlockVariant] = []
        for bindings in Self.combinations(parameters) {
            let variant = BlockVariant(values: bindings.map { .init(name: $0.name, value: $0.value.printed) }, outputs: [])
            let (outputs, errors, used) = execute(statements, of: block, in: evaluator, bindings: bindings)
            steps += used
            problems += errors.map { (variant.label, $0) }
            var own: [Output] = []
            for output in outputs {
                guard case .check(let check) = output else { own.append(output); continue }
                if let index = claims.firstIndex(where: { if case .check(let earlier) = $0 { earlier.location == check.location } else { false } }),
                   case .check(let earlier) = claims[index] {
                    claims[index] = .check(earlier.merged(with: check))
                } else {
                    claims.append(output)
                }
            }
            variants.append(BlockVariant(values: variant.values, outputs: own))
        }
        return (claims, Self.naming(problems, of: variants.count), steps, variants)
    }

    /// Each problem once, naming the variants it happened in; one that happened in every
    /// variant does not depend on the values, and is reported as it is.
    private static func naming(_ problems: [(variant: String, diagnostic: LessonsCore.Diagnostic)], of count: Int) -> [LessonsCore.Diagnostic] {
        var order: [LessonsCore.Diagnostic] = []
        var variants: [LessonsCore.Diagnostic: [String]] = [:]
        for (variant, diagnostic) in problems {
            if variants[diagnostic] == nil { order.append(diagnostic) }
            variants[diagnostic, default: []].append(variant)
        }
        // In the block's order, as a block that is not swept reports them.
        return order.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element).map { diagnostic in
            let labels = variants[diagnostic] ?? []
            guard labels.count < count else { return diagnostic }
            return .init(.inVariant(labels.joined(separator: " and "), diagnostic.message), at: diagnostic.location)
        }
    }

    /// Every combination of the parameters' values, the first parameter varying slowest.
    private static func combinations(_ parameters: [(name: String, values: [Value])]) -> [[(name: String, value: Value)]] {
        parameters.reduce([[]]) { partial, parameter in
            partial.flatMap { prefix in parameter.values.map { prefix + [(parameter.name, $0)] } }
        }
    }

    /// The values a sweep gives a name: its expression, compiled where it is written in the
    /// option line (so errors point into it) and evaluated in the lesson's scope.
    private func values(of parameter: SweepParameter, in block: ExperimentBlock, evaluator: Evaluator) -> Result<[Value], CompileErrors> {
        guard let range = Self.valuesRange(of: parameter, in: block) else {
            return .failure(CompileErrors([.init(.sweepHasNoValues(parameter.name), at: optionLocation(in: block))]))
        }
        // Only the expression, at its own offsets: every other byte becomes a space.
        let bytes = block.code.utf8.enumerated().map { offset, byte in range.contains(offset) || byte == 0x0A ? byte : 0x20 }
        let masked = String(decoding: bytes, as: UTF8.self)
        let location = block.sourceMap.location(ofUTF8Offset: range.lowerBound)
        switch compile(block, ParsedBlock(masked)) {
        case .failure(let errors):
            return .failure(errors)
        case .success(let statements):
            let value: Value?
            do {
                value = try evaluator.runBlock(statements, budget: budget)
            } catch let error as InterpreterError {
                return .failure(CompileErrors([error.diagnostic]))
            } catch let error as BuiltinError {
                return .failure(CompileErrors([.init(error.message, at: location)]))
            } catch {
                return .failure(CompileErrors([.init(.internalError("\(error)"), at: location)]))
            }
            let elements: [Value]
            switch value {
            case .array(let array)?: elements = array
            case .range(let range)? where range.integerBounds != nil:
                let bounds = range.integerBounds!
                elements = (bounds.lower..<bounds.upperExclusive).map(Value.int)
            default:
                return .failure(CompileErrors([.init(.sweepNotASequence(parameter.name, value?.type ?? .void), at: location)]))
            }
            guard !elements.isEmpty else { return .failure(CompileErrors([.init(.sweepHasNoValues(parameter.name), at: location)])) }
            return .success(elements)
        }
    }

    /// The UTF-8 offsets of a parameter's values in the block's `//| sweep:` line: in the
    /// parameter's own part of it (parts are separated by `;`), after its name and `in`.
    private static func valuesRange(of parameter: SweepParameter, in block: ExperimentBlock) -> Range<Int>? {
        guard let position = block.options.sweep.firstIndex(of: parameter) else { return nil }
        var offset = 0
        for line in block.code.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += line.utf8.count + 1 }
            let text = line.drop { $0 == " " }
            guard text.hasPrefix("//|"), let colon = text.firstIndex(of: ":"),
                  text[text.index(text.startIndex, offsetBy: 3)..<colon].filter({ $0 != " " }) == "sweep" else { continue }
            let parts = text[text.index(after: colon)...].split(separator: ";", omittingEmptySubsequences: false)
            // The values end the part, before any spaces.
            guard parts.indices.contains(position) else { return nil }
            let part = parts[position].reversed().drop { $0 == " " }
            guard part.count >= parameter.values.count else { return nil }
            let end = part.startIndex.base
            let start = offset + line.utf8.distance(from: line.startIndex, to: end) - parameter.values.utf8.count
            return start..<(start + parameter.values.utf8.count)
        }
        return nil
    }

    /// Where the block's `sweep` option is written, or the block's first line.
    private func optionLocation(in block: ExperimentBlock) -> SourceLocation {
        var offset = 0
        for line in block.code.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.drop(while: { $0 == " " }).hasPrefix("//|"), let key = line.firstRange(of: "sweep") {
                return block.sourceMap.location(ofUTF8Offset: offset + line.utf8.distance(from: line.startIndex, to: key.lowerBound))
            }
            offset += line.utf8.count + 1
        }
        return block.range.start
    }

    /// Checks, folds operators and lowers a block's tree; every syntax error is reported in
    /// Swift's words.
    private func compile(_ block: ExperimentBlock, _ parsed: ParsedBlock) -> Result<[Stmt], CompileErrors> {
        let map = block.sourceMap
        let tree: SourceFileSyntax
        switch parsed {
        case .tree(let parsedTree):
            tree = parsedTree
        case .tooDeep(let offset):
            let message = DiagnosticMessage.bracketsTooDeep(ParserTrapGuard.maximumSquareNesting)
            return .failure(CompileErrors([.init(message, at: map.location(ofUTF8Offset: offset))]))
        }
        let traps = ParserTrapGuard.trappingTokens(in: tree)
        guard traps.isEmpty else {
            return .failure(CompileErrors(traps.map { token in
                LessonsCore.Diagnostic(.strayCharacterNearEquals(), at: map.location(ofUTF8Offset: token.position.utf8Offset))
            }))
        }
        var errors = ParseDiagnosticsGenerator.diagnostics(for: tree).map { diagnostic in
            LessonsCore.Diagnostic(.swiftSyntax(diagnostic.message), at: map.location(ofUTF8Offset: diagnostic.position.utf8Offset))
        }
        guard errors.isEmpty else { return .failure(CompileErrors(errors)) }
        let folded = Self.operators.foldAll(tree) { error in
            let diagnostic = error.asDiagnostic
            errors.append(.init(.swiftSyntax(diagnostic.message), at: map.location(ofUTF8Offset: diagnostic.position.utf8Offset)))
        }
        guard errors.isEmpty, let file = folded.as(SourceFileSyntax.self) else { return .failure(CompileErrors(errors)) }
        var lowerer = Lowerer(map: map, libraryTypes: registry.libraryTypes)
        let statements = lowerer.lower(file)
        guard lowerer.errors.isEmpty else { return .failure(CompileErrors(lowerer.errors.map(\.diagnostic))) }
        return .success(statements)
    }
}

extension LessonRunner {
    /// Swift's standard operators, read once from the source text swift-syntax gives for them,
    /// so that every precedence relation has its syntax: the standard table has none, and
    /// folding makes syntax for each relation it follows, a tenth of running a small block.
    static let operators: OperatorTable = {
        var table = OperatorTable()
        do {
            try table.addSourceFile(Parser.parse(source: OperatorTable.standardOperators.description))
            return table
        } catch {
            // Never expected (it is swift-syntax's own text); the standard table still folds.
            return OperatorTable.standardOperators
        }
    }()
}

private struct CompileErrors: Error {
    let diagnostics: [LessonsCore.Diagnostic]

    init(_ diagnostics: [LessonsCore.Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
