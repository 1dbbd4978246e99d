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
        defer { evaluator.globals.removeAll() }
        var diagnostics: [LessonsCore.Diagnostic] = []
        var blocks: [BlockRun] = []
        var seconds: [Double] = []
        for block in lesson.experiments {
            let start = ContinuousClock.now
            defer { seconds.append((ContinuousClock.now - start).seconds) }
            let parsed = ParsedBlock(block.code)
            var (outputs, errors, steps) = run(block, parsed, in: evaluator)
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
            blocks.append(BlockRun(code: code, outputs: outputs, steps: steps))
        }
        return (LessonRun(blocks: blocks, diagnostics: diagnostics), seconds)
    }

    /// The block's outputs, its errors, and the steps it took (none if it did not compile).
    private func run(_ block: ExperimentBlock, _ parsed: ParsedBlock, in evaluator: Evaluator) -> ([Output], [LessonsCore.Diagnostic], Int) {
        switch compile(block, parsed) {
        case .failure(let errors):
            return ([], errors.diagnostics, 0)
        case .success(let statements):
            do {
                let value = try evaluator.runBlock(statements, budget: budget.applying(block.options.budget))
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
