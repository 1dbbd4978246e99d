import LessonsCore

/// Every message the build driver reports about a lesson file, declared once.
extension DiagnosticMessage {
    static func notUTF8() -> Self {
        .init("the file is not valid UTF-8 text; save it as UTF-8")
    }

    static func introductionRunsNothing() -> Self {
        .init("index.md is the course's front page, which runs no experiments; move this block into a lesson")
    }
}
