import LessonsCore

// swift-syntax has a `SourceLocation` and a `Diagnostic` of its own. In this module the
// names mean ours: locations in the Markdown file, and diagnostics the build reports.
typealias SourceLocation = LessonsCore.SourceLocation
typealias Diagnostic = LessonsCore.Diagnostic
