import ArgumentParser
import Build
import Foundation

/// The `lessons` command. It parses arguments, calls `Build`, prints, and sets the exit
/// status: 0 when all is well, 1 when a lesson has an error, 2 on bad usage.
@main
struct Lessons: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "Turns Markdown lessons with Swift experiments into a checked HTML course.",
        version: ToolVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self]
    )

    static func main() async {
        ProcessTuning.keepFreedMemoryMapped()
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            // ArgumentParser's usage status is 64 (EX_USAGE); ours is 2, as for most tools.
            if exitCode(for: error) == .validationFailure {
                Terminal.write(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
