import LessonsCore

/// Every message the build driver reports about a lesson file, declared once.
extension DiagnosticMessage {
    static func notUTF8() -> Self {
        .init("the file is not valid UTF-8 text; save it as UTF-8")
    }

    static func reservedLessonName(_ name: String) -> Self {
        .init("a lesson cannot be named '\(name)': its page would replace the course's front page; rename the file")
    }
}
