#if canImport(Glibc)
import Glibc
#endif
import Interpreter
import LessonsCore
import Library
import MarkdownParsing
import Site

/// Arbitrary bytes as the code of one experiment block, through every stage but writing:
/// parse, run (with a small budget, so each input takes milliseconds) and render. No input
/// may crash or hang.
enum FuzzBlock {
    static let budget = Budget(steps: 20_000, recursion: 50, memory: 16)

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let code = String(decoding: bytes, as: UTF8.self)
        let source = SourceFile(path: "lessons/fuzz.md", text: "---\ntitle: Fuzz\n---\n```swift experiment\n" + code + "\n```\n")
        let lesson = LessonParser.parse(source, slug: "fuzz").lesson
        let run = LessonRunner(registry: Library.registry(), budget: budget).run(lesson)
        _ = SiteRenderer.render(course: CourseSettings(), lessons: [(lesson, run)])
    }
}

/// The program: with `-DFUZZING` (and `-sanitize=fuzzer`), libFuzzer's driver searches for
/// inputs that crash or hang; without, it replays inputs saved in files, such as a crash
/// the fuzzer found.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        _ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzBlock.run(UnsafeBufferPointer(start: data, count: size))
            return 0
        }
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { continue }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes += buffer[..<count] }
            fclose(file)
            bytes.withUnsafeBufferPointer(FuzzBlock.run)
        }
        #endif
    }
}

#if FUZZING
/// libFuzzer's entry for programs with their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif
