import ArgumentParser
import Build

/// `lessons new "Title"`: starts a lesson from the template and lists it in `course.yml`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new lesson from a template and add it to the course.",
        discussion: """
        Writes a lesson with front matter, a first experiment with a check, key takeaways and \
        an exercise, and adds it at the end of course.yml's list of lessons. Never replaces a file.
        """
    )

    @Argument(help: "The lesson's title, as the page shows it.")
    var title: String

    @Option(help: ArgumentHelp("The folder of lesson files (.md) and course.yml.", valueName: "dir"))
    var lessons = "lessons"

    @Option(help: ArgumentHelp("The lesson's file name (default: from the title, e.g. learning-rate-schedules.md).", valueName: "name"))
    var file: String?

    func run() throws {
        do {
            let created = try LessonCreator(lessons: lessons).create(title: title, file: file)
            switch created.list {
            case .added(let course):
                Terminal.write("Created \(created.path) and added it to the end of \(course).")
            case .noList:
                Terminal.write("Created \(created.path).")
            case .addByHand(let course):
                Terminal.write("Created \(created.path); add it to the lessons list in \(course) by hand, where it belongs.")
            }
            Terminal.write("Preview it with `lessons serve`, or build with `lessons build`.")
        } catch {
            Terminal.write("error: \(error.message)")
            throw ExitCode(error.kind == .usage ? 2 : 1)
        }
    }
}
