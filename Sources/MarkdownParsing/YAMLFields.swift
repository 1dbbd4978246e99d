import LessonsCore
import Yams

/// A YAML mapping read with Yams, with typed accessors that report a located diagnostic
/// for a wrong type, and for every key that nobody asked for.
struct YAMLFields {
    private let what: String
    private let source: SourceFile
    private let lineOffset: Int
    private var entries: [(key: String, value: Node, location: SourceLocation)] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Parses `yaml`, which starts on file line `lineOffset + 1` of `source`.
    /// - Parameter what: how messages name the mapping ("front matter", "course.yml").
    init(yaml: String, what: String, source: SourceFile, lineOffset: Int) {
        self.what = what
        self.source = source
        self.lineOffset = lineOffset
        do {
            guard let root = try Yams.compose(yaml: yaml) else { return }
            guard let mapping = root.mapping else {
                report(.notAMapping(what), at: root.mark)
                return
            }
            for (key, value) in mapping {
                entries.append((key.string ?? "", value, location(of: key.mark)))
            }
        } catch let error as YamlError {
            report(error)
        } catch {
            diagnostics.append(Diagnostic(.yamlSyntax("\(error)"), at: location(of: nil)))
        }
    }

    /// Reports every key not in `known`; call it once all fields have been read.
    mutating func rejectUnknownKeys(known: [String]) {
        for entry in entries where !known.contains(entry.key) {
            diagnostics.append(Diagnostic(.unknownKey(entry.key, in: what, known: known), at: entry.location))
        }
    }

    /// The fields of a nested mapping, or nil if the key is absent (a non-mapping is reported).
    mutating func nested(_ key: String, what nestedWhat: String) -> YAMLFields? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        guard let mapping = entry.value.mapping else {
            diagnostics.append(Diagnostic(.notAMapping("'\(key)' in \(what)"), at: location(of: entry.value.mark)))
            return nil
        }
        var fields = YAMLFields(what: nestedWhat, source: source, lineOffset: lineOffset)
        for (key, value) in mapping {
            fields.entries.append((key.string ?? "", value, location(of: key.mark)))
        }
        return fields
    }

    private init(what: String, source: SourceFile, lineOffset: Int) {
        self.what = what
        self.source = source
        self.lineOffset = lineOffset
    }

    mutating func string(_ key: String) -> String? {
        typed(key, expected: "text") { node in
            node.scalar.map(\.string)
        }
    }

    mutating func integer(_ key: String) -> Int? {
        typed(key, expected: "a whole number") { $0.int }
    }

    mutating func strings(_ key: String) -> [String]? {
        locatedStrings(key)?.map(\.text)
    }

    /// A list of text items, each with the location of its item in the file. An item that
    /// YAML read as something else (`- a: b` is a mapping) is reported at the item.
    mutating func locatedStrings(_ key: String) -> [(text: String, location: SourceLocation)]? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        guard let sequence = entry.value.sequence else {
            diagnostics.append(Diagnostic(.wrongValueType(key, in: what, expected: "a list of text items"),
                                          at: location(of: entry.value.mark)))
            return nil
        }
        var items: [(text: String, location: SourceLocation)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                diagnostics.append(Diagnostic(.notTextItem(key, in: what), at: location(of: item.mark)))
                continue
            }
            items.append((scalar.string, location(of: item.mark)))
        }
        return items.count == sequence.count ? items : nil
    }

    /// The mapping's keys, in the file's order.
    var keys: [String] { entries.map(\.key) }

    /// The location of `key`'s line, for diagnostics about its value that come later.
    func location(ofKey key: String) -> SourceLocation? {
        entries.first { $0.key == key }?.location
    }

    private mutating func typed<T>(_ key: String, expected: String, _ read: (Node) -> T?) -> T? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if let value = read(entry.value) { return value }
        diagnostics.append(Diagnostic(.wrongValueType(key, in: what, expected: expected), at: location(of: entry.value.mark)))
        return nil
    }

    private mutating func report(_ error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            report(.yamlSyntax(problem), at: mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            report(.yamlSyntax("the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) is given twice"),
                   at: context.mark)
        default:
            diagnostics.append(Diagnostic(.yamlSyntax("\(error)"), at: location(of: nil)))
        }
    }

    private mutating func report(_ message: DiagnosticMessage, at mark: Mark?) {
        diagnostics.append(Diagnostic(message, at: location(of: mark)))
    }

    /// libYAML counts lines from 1 and columns in Unicode scalars, which for lesson text
    /// are the characters a reader counts.
    private func location(of mark: Mark?) -> SourceLocation {
        Self.location(of: mark, path: source.path, lineOffset: lineOffset)
    }

    private static func location(of mark: Mark?, path: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(path: path, line: lineOffset + (mark?.line ?? 1), column: mark?.column ?? 1)
    }
}
