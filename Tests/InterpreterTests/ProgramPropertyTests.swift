import Foundation
import LessonsCore
import TestSupport
import Testing

/// Random programs of the kind authors write (integer and Double variables, `for` and `while`
/// loops, `if`, arrays that grow and are indexed, closures that capture variables, local
/// functions, map/filter/reduce, string interpolation), run by the interpreter and compiled by
/// `swiftc`: Swift itself is the oracle, and every program must print exactly what the
/// compiled program prints. The generator keeps every value small, so no program traps.
@Suite struct ProgramPropertyTests {
    /// Writes random programs; each name it declares is new, as Swift requires in one scope.
    struct ProgramWriter {
        var state: UInt64
        private var names = 0
        private var lines: [String] = []

        init(seed: UInt64) { state = seed }

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }

        private mutating func fresh(_ prefix: String) -> String {
            names += 1
            return prefix + String(names)
        }

        private mutating func emit(_ line: String, _ depth: Int) {
            lines.append(String(repeating: "    ", count: depth) + line)
        }

        /// One program: its variables, statements, and the state printed at the end.
        mutating func program() -> String {
            lines = []
            emit("var a = \(next(50))", 0)
            emit("var b = \(next(50))", 0)
            emit("var c = \(next(50))", 0)
            emit("var xs: [Int] = [\(next(50)), \(next(50))]", 0)
            emit("var total = 0.0", 0)
            emit("var grid: [[Int]] = [[\(next(9)), \(next(9))], [\(next(9)), \(next(9))]]", 0)
            for _ in 0..<(3 + next(5)) { statement(depth: 0, loopVariable: nil) }
            emit(#"print("\(a) \(b) \(c) \(xs) \(total) \(grid)")"#, 0)
            return lines.joined(separator: "\n")
        }

        private mutating func variable() -> String { ["a", "b", "c"][next(3)] }

        /// An integer expression of the variables (and the loop's, inside a loop), kept small:
        /// every result is taken modulo a small number.
        private mutating func expression(_ loopVariable: String?) -> String {
            let operand = loopVariable.map { next(2) == 0 ? $0 : variable() } ?? variable()
            switch next(5) {
            case 0: return "(\(variable()) * \(1 + next(9)) + \(operand)) % \([97, 101, 1000][next(3)])"
            case 1: return "(\(operand) + \(variable())) % \(2 + next(40))"
            case 2: return "\(operand) / \(1 + next(5)) + \(next(10))"
            case 3: return "(xs[\(operand) % xs.count] + \(next(20))) % 100"
            default: return "(grid[\(operand) % 2][\(variable()) % 2] + \(next(20))) % 100"
            }
        }

        private mutating func statement(depth: Int, loopVariable: String?) {
            let nested = depth < 2
            switch next(nested ? 15 : 11) {
            case 0, 1: emit("\(variable()) = \(expression(loopVariable))", depth)
            case 2: emit("\(variable()) += \(variable()) % \(2 + next(7))", depth)
            case 3: emit("xs.append((\(expression(loopVariable))) % 50)", depth)
            case 4: emit("total += Double(\(variable())) / \([2, 4, 8, 3][next(4)]).0", depth)
            case 5:
                // A closure that captures `c` sees its later changes, as Swift's does.
                let name = fresh("f")
                emit("let \(name) = { (x: Int) -> Int in (x * \(1 + next(5)) + c) % 100 }", depth)
                emit("c = (c + \(next(10))) % 50", depth)
                emit("\(variable()) = \(name)(\(variable()))", depth)
            case 6: emit("\(variable()) = xs.map { $0 * \(1 + next(3)) }.filter { $0 % \(2 + next(3)) != 0 }.reduce(0, +) % 1000", depth)
            case 7:
                let name = fresh("g")
                emit("func \(name)(_ x: Int, _ y: Int) -> Int {", depth)
                emit("if x > y { return (x - y) % 10 }", depth + 1)
                emit("return (x + y) % \(2 + next(20))", depth + 1)
                emit("}", depth)
                emit("\(variable()) = \(name)(\(variable()), \(variable()))", depth)
            case 8:
                // A nested element, assigned in place; `grid` is printed at the end.
                emit("grid[\(variable()) % 2][(\(expression(loopVariable))) % 2] = \(expression(loopVariable))", depth)
            case 9: emit("grid[\(variable()) % 2][\(variable()) % 2] += \(variable()) % \(2 + next(7))", depth)
            case 10:
                emit("xs[\(variable()) % xs.count] += xs[\(variable()) % xs.count] % 10", depth)
                emit("total += Double(\(variable())) * \(1 + next(3))", depth)
            case 11, 12:
                let index = fresh("i")
                emit("for \(index) in 0..<\(next(5)) {", depth)
                for _ in 0..<(1 + next(3)) { statement(depth: depth + 1, loopVariable: index) }
                emit("}", depth)
            case 13:
                emit("if \(variable()) % \(2 + next(3)) == 0 {", depth)
                statement(depth: depth + 1, loopVariable: loopVariable)
                emit("} else {", depth)
                statement(depth: depth + 1, loopVariable: loopVariable)
                emit("}", depth)
            default:
                let counter = fresh("k")
                emit("var \(counter) = 0", depth)
                emit("while \(counter) < \(next(4)) {", depth)
                statement(depth: depth + 1, loopVariable: counter)
                emit("\(counter) += 1", depth + 1)
                emit("}", depth)
            }
        }
    }

    /// What each program prints when compiled by `swiftc`, in order: the programs are the
    /// bodies of functions of one file, compiled and run once.
    static func compiledOutputs(_ programs: [String]) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-programs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let separator = "=== end of program ==="
        let functions = programs.enumerated().map { index, program in
            "func program\(index)() {\n" + program.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n}\n"
        }
        let calls = programs.indices.map { "program\($0)()\nprint(\"\(separator)\")\n" }
        let source = directory.appendingPathComponent("main.swift")
        try (functions.joined(separator: "\n") + "\n" + calls.joined()).write(to: source, atomically: true, encoding: .utf8)
        let binary = directory.appendingPathComponent("programs").path
        try run(["swiftc", "-Onone", "-suppress-warnings", source.path, "-o", binary])
        let output = try run([binary])
        return output.components(separatedBy: separator + "\n").dropLast().map { $0 }
    }

    /// Runs a command and returns what it printed; throws if it fails.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(command: arguments.joined(separator: " "), status: process.terminationStatus)
        }
        return output
    }

    struct CommandFailure: Error, CustomStringConvertible {
        let command: String
        let status: Int32
        var description: String { "\(command) exited with status \(status)" }
    }

    @Test func randomProgramsPrintWhatSwiftPrints() async throws {
        var writer = ProgramWriter(seed: 2026)
        let programs = (0..<120).map { _ in writer.program() }
        // Compiling with `swiftc` and running 120 lessons take seconds: off the cooperative
        // threads. What comes back is each program's mismatch, nil where it printed the same.
        let mismatches = try await Harness.offThePool { () -> [String?] in
            let expected = try Self.compiledOutputs(programs)
            guard expected.count == programs.count else { return ["swiftc ran \(expected.count) of \(programs.count) programs"] }
            return zip(programs, expected).map { program, swift in
                let result = Harness.block(program)
                guard !(result.errors.isEmpty && result.printed == swift) else { return nil }
                return "\(program)\n-- the interpreter printed:\n\(result.printed)\(result.errors.map(\.message.text))\n-- Swift printed:\n\(swift)"
            }
        }
        #expect(mismatches.count == programs.count)
        for mismatch in mismatches.compactMap({ $0 }) { Issue.record(Comment(rawValue: mismatch)) }
    }
}
