import Foundation
import LessonsCore
import MarkdownParsing

/// Reads the lessons folder: `course.yml` and `references.yml` if they are there, and
/// every `.md` file in it.
struct CourseLoader {
    struct LoadedCourse {
        var settings: CourseSettings
        var bibliography = Bibliography()
        /// The lesson files in file-name order, with the names `course.yml` refers to them by.
        var files: [(name: String, source: SourceFile)]
        var sources: [SourceFile]
        var diagnostics: [Diagnostic]
        /// The course's own page template, if the folder has one.
        var template: SourceFile?
        /// `index.md`: the course's introduction, set above the list of lessons on the front page.
        var introduction: SourceFile?
    }

    let folder: String
    /// The file a course may put beside its lessons to lay out every page.
    static let templateName = "page.mustache"
    /// The file whose prose opens the course's front page.
    static let introductionName = "index.md"

    func load() throws(BuildFailure) -> LoadedCourse {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noLessonsFolder(folder)
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
                .sorted()
        } catch {
            throw .unreadable(folder, error.localizedDescription)
        }
        guard !names.isEmpty else { throw .noLessons(folder) }

        var course = LoadedCourse(settings: CourseSettings(), files: [], sources: [], diagnostics: [])
        if let settingsFile = try readOptional(CourseSettings.fileName, into: &course) {
            let parsed = CourseFileParser.parse(settingsFile)
            course.settings = parsed.settings
            course.diagnostics += parsed.diagnostics
        }
        if let referencesFile = try readOptional(Bibliography.fileName, into: &course) {
            let parsed = BibliographyParser.parse(referencesFile)
            course.bibliography = parsed.bibliography
            course.diagnostics += parsed.diagnostics
        }
        course.template = try readOptional(Self.templateName, into: &course)
        for name in names {
            guard let source = try read(name, mustExist: true) else {
                course.diagnostics.append(Diagnostic(.notUTF8(), at: SourceLocation(path: displayPath(name), line: 1, column: 1)))
                continue
            }
            course.sources.append(source)
            if name == Self.introductionName {
                course.introduction = source
            } else {
                course.files.append((name, source))
            }
        }
        return course
    }

    /// The path a file of the folder is shown by: the folder as the user named it, then the name.
    func displayPath(_ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// A file the folder may have: its source, recorded among the course's sources, or nil
    /// when it is absent; a file that is not UTF-8 is reported.
    private func readOptional(_ name: String, into course: inout LoadedCourse) throws(BuildFailure) -> SourceFile? {
        let path = displayPath(name)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let source = try read(name, mustExist: true) else {
            course.diagnostics.append(Diagnostic(.notUTF8(), at: SourceLocation(path: path, line: 1, column: 1)))
            return nil
        }
        course.sources.append(source)
        return source
    }

    /// The file's text; nil if it is not valid UTF-8, or if it is absent and need not exist.
    private func read(_ name: String, mustExist: Bool) throws(BuildFailure) -> SourceFile? {
        let path = displayPath(name)
        guard FileManager.default.fileExists(atPath: path) else {
            if mustExist { throw .unreadable(path, "the file disappeared while the build read the folder") }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, "permission denied, or not a regular file")
        }
        return String(data: data, encoding: .utf8).map { SourceFile(path: path, text: $0) }
    }
}
