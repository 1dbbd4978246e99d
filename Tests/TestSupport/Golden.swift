import Foundation
import Testing

/// Golden files: expected output checked into `Tests/<Target>/Goldens/`. A golden that is
/// missing, or re-recorded with `LESSONS_RECORD_GOLDENS=1`, is written and the test FAILS,
/// so a person reads the diff before it is committed.
public enum Golden {
    public static func assertMatches(
        _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
        let url = directory.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["LESSONS_RECORD_GOLDENS"] == "1"
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("recorded golden \(name); review it with git diff, then run the tests again",
                         sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("\(name) differs from its golden: \(firstDifference(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, to read without a diff tool.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<end of file>"
            let right = index < b.count ? String(b[index]) : "<end of file>"
            if left != right { return "line \(index + 1): expected\n\(left)\nbut got\n\(right)" }
        }
        return "no line differs"
    }
}
