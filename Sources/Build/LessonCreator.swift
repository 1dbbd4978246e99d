import Foundation
import LessonsCore
import MarkdownParsing

/// `lessons new`: writes a lesson from the template and adds it to `course.yml`'s list.
/// The one command that writes into the lessons folder, because the author asked it to;
/// it never replaces a file.
public struct LessonCreator: Sendable {
    /// What was done.
    public struct Created: Sendable, Equatable {
        /// The new lesson's path, as the lessons folder was named.
        public let path: String
        /// What became of the course's list of lessons.
        public let list: ListChange
    }

    public enum ListChange: Sendable, Equatable {
        /// The lesson was added at the end of the list in this file.
        case added(String)
        /// The folder has no list (or no `course.yml`): lessons go in file-name order.
        case noList
        /// The list is in a form the edit leaves alone; the author must add the line to this file.
        case addByHand(String)
    }

    public let lessons: String

    public init(lessons: String) {
        self.lessons = lessons
    }

    /// Creates the lesson (and the lessons folder, for a course's first lesson). `file` is
    /// the file name, or nil to derive it from the title.
    public func create(title: String, file: String?) throws(BuildFailure) -> Created {
        guard let name = file ?? LessonTemplate.fileName(for: title) else { throw .untitledLesson(title) }
        guard name.hasSuffix(".md"), !name.contains("/"), !name.hasPrefix("."), name != CourseLoader.introductionName else {
            throw .badLessonFileName(name)
        }
        let loader = CourseLoader(folder: lessons)
        let path = loader.displayPath(name)
        guard !FileManager.default.fileExists(atPath: path) else { throw .lessonExists(path) }
        let coursePath = loader.displayPath(CourseSettings.fileName)
        let courseEdit: CourseFileEditor.Edit
        if let data = FileManager.default.contents(atPath: coursePath) {
            guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(coursePath, "the file is not valid UTF-8 text") }
            courseEdit = CourseFileEditor.appending(name, to: text, path: coursePath)
        } else {
            courseEdit = .noList
        }
        do {
            try FileManager.default.createDirectory(atPath: lessons, withIntermediateDirectories: true)
            try Data(LessonTemplate.text(title: title).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            throw .unwritableLesson(path, error.localizedDescription)
        }
        switch courseEdit {
        case .appended(let text):
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: coursePath), options: .atomic)
            } catch {
                // Without its place in the list the new lesson would fail the build: take it back.
                try? FileManager.default.removeItem(atPath: path)
                throw .unwritableLesson(coursePath, error.localizedDescription)
            }
            return Created(path: path, list: .added(coursePath))
        case .noList:
            return Created(path: path, list: .noList)
        case .unsupported:
            return Created(path: path, list: .addByHand(coursePath))
        }
    }
}
