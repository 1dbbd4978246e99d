import LessonsCore

/// Adds a lesson to `course.yml`'s list, editing the text rather than rewriting the YAML, so
/// that the author's comments, spacing and order stay as they wrote them.
public enum CourseFileEditor {
    public enum Edit: Equatable, Sendable {
        /// The file's new text.
        case appended(String)
        /// The file has no lesson list, so lessons go in file-name order and nothing need change.
        case noList
        /// The list is written in a form this edit does not touch (a flow list `[a, b]`, say);
        /// the author adds the line.
        case unsupported
    }

    /// `text` with `file` added at the end of its `lessons:` list, in the list's own indentation.
    public static func appending(_ file: String, to text: String, path: String) -> Edit {
        let before = CourseFileParser.parse(SourceFile(path: path, text: text)).settings.lessons
        guard let before else { return .noList }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let key = lines.firstIndex(where: { $0.hasPrefix("lessons:") }),
              lines[key].dropFirst("lessons:".count).allSatisfy({ $0 == " " }) else { return .unsupported }
        // The list's items: every line after the key up to the next top-level key.
        var last = key
        var index = key + 1
        while index < lines.count, lines[index].isEmpty || lines[index].first == " " || lines[index].first == "-" || lines[index].first == "#" {
            if lines[index].drop(while: { $0 == " " }).hasPrefix("-") { last = index }
            index += 1
        }
        let indent = last == key ? "  " : String(lines[last].prefix { $0 == " " })
        lines.insert(indent + "- " + file, at: last + 1)
        let edited = lines.joined(separator: "\n")
        // The edit must mean exactly one more entry; anything else is left to the author.
        let after = CourseFileParser.parse(SourceFile(path: path, text: edited)).settings.lessons
        guard after?.map(\.file) == before.map(\.file) + [file] else { return .unsupported }
        return .appended(edited)
    }
}
