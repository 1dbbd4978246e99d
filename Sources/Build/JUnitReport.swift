import LessonsCore

/// `lessons check --junit`: the report as JUnit XML, which CI systems show as tests. Each
/// claim is a test case, named by its words and placed at its line; a false claim fails with
/// its location. Any other error is a failing test case of its file. Lessons and their claims
/// keep the course's order, so the file is the same for the same lessons.
enum JUnitReport {
    static func xml(_ report: BuildReport) -> String {
        let claimPlaces = Set(report.claims.map(\.check.location))
        // A false claim is also an error diagnostic at the same place; it is shown once, as the claim.
        let otherErrors = report.diagnostics.filter { $0.isError && !claimPlaces.contains($0.location) }
        var files: [String] = []
        for path in report.claims.map(\.lesson) + otherErrors.map(\.location.path) where !files.contains(path) { files.append(path) }
        let suites = files.map { file -> (cases: [String], failures: Int) in
            let claims = report.claims.filter { $0.lesson == file }.map { claim -> (String, Bool) in
                let check = claim.check
                let attributes = "classname=\"\(escape(file))\" name=\"\(escape(check.claims.joined(separator: "; ")))\" file=\"\(escape(file))\" line=\"\(check.location.line)\""
                guard !check.passed else { return ("    <testcase \(attributes)/>", false) }
                let message = check.cases > 1 ? "false in \(check.failures) of \(check.cases) cases" : "the claim is false"
                return ("    <testcase \(attributes)>\n      <failure type=\"claim\" message=\"\(escape(message))\">\(escape("\(check.location): \(message): \(check.condition)"))</failure>\n    </testcase>", true)
            }
            let errors = otherErrors.filter { $0.location.path == file }.map { diagnostic in
                "    <testcase classname=\"\(escape(file))\" name=\"\(escape(diagnostic.message.text))\" file=\"\(escape(file))\" line=\"\(diagnostic.location.line)\">\n"
                    + "      <failure type=\"error\" message=\"\(escape(diagnostic.message.text))\">\(escape("\(diagnostic.location): error: \(diagnostic.message.text)"))</failure>\n    </testcase>"
            }
            return (claims.map(\.0) + errors, claims.filter(\.1).count + errors.count)
        }
        let tests = suites.reduce(0) { $0 + $1.cases.count }, failures = suites.reduce(0) { $0 + $1.failures }
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<testsuites name=\"lessons check\" tests=\"\(tests)\" failures=\"\(failures)\">"]
        for (file, suite) in zip(files, suites) {
            lines.append("  <testsuite name=\"\(escape(file))\" tests=\"\(suite.cases.count)\" failures=\"\(suite.failures)\">")
            lines += suite.cases
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// XML's five special characters as entities.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
