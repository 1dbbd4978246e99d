import Foundation
import TestSupport
import Testing

/// The `lessons` executable itself: exit statuses, messages, and an interrupted build.
@Suite struct CommandLineTests {
    /// The executable `swift test` built beside the test bundle.
    static let executable = Bundle.main.bundleURL.appendingPathComponent("lessons").path

    struct Run {
        let status: Int32
        let stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }

    @Test func aGoodBuildExitsZero() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "check(true, \"fine\")"))
        let result = try Self.run(["build", "--lessons", workspace.lessons, "--output", workspace.output])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("Built \(workspace.output) in "))
        #expect(FileManager.default.fileExists(atPath: workspace.output + "/a.html"))
    }

    @Test func aFalseCheckExitsOneWithItsLocationAndClaim() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "let slope = 0.3\ncheck(slope <= 0.25, \"σ′ never exceeds 1/4\")"))
        let result = try Self.run(["build", "--lessons", workspace.lessons, "--output", workspace.output])
        #expect(result.status == 1)
        #expect(result.stderr == """
        \(workspace.lessons)/a.md:8:1: error: check failed: "σ′ never exceeds 1/4"; the claim is false, so fix the claim or the text that makes it
            check(slope <= 0.25, "σ′ never exceeds 1/4")
            ^
        1 error; \(workspace.output) was left unchanged.

        """)
        #expect(!FileManager.default.fileExists(atPath: workspace.output))
    }

    /// `check` proves every claim without writing a site, and its JUnit report has a test
    /// case per claim, in order, the false one failing at its line, with the path as written.
    @Test func checkProvesClaimsWritesNoSiteAndReportsJUnit() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "check(1 < 2, \"one & two\")\nfor x in [1, 2] { check(x < 2, \"\\(x) is small\") }"))
        workspace.write("b.md", Workspace.lesson(title: "B", "check(true, \"fine\")"))
        let report = workspace.root.appendingPathComponent("report.xml").path
        let result = try Self.run(["check", "--lessons", workspace.lessons, "--no-cache", "--junit", report])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("2 of 3 claims proved in 2 lessons; 1 error.\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: workspace.output), "check writes no site")
        let xml = try String(contentsOfFile: report, encoding: .utf8).replacingOccurrences(of: workspace.lessons, with: "LESSONS")
        #expect(xml == """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="lessons check" tests="3" failures="1">
          <testsuite name="LESSONS/a.md" tests="2" failures="1">
            <testcase classname="LESSONS/a.md" name="one &amp; two" file="LESSONS/a.md" line="7"/>
            <testcase classname="LESSONS/a.md" name="1 is small; 2 is small" file="LESSONS/a.md" line="8">
              <failure type="claim" message="false in 1 of 2 cases">LESSONS/a.md:8:19: false in 1 of 2 cases: x &lt; 2</failure>
            </testcase>
          </testsuite>
          <testsuite name="LESSONS/b.md" tests="1" failures="0">
            <testcase classname="LESSONS/b.md" name="fine" file="LESSONS/b.md" line="7"/>
          </testsuite>
        </testsuites>

        """)
        workspace.write("a.md", Workspace.lesson(title: "A", "check(1 < 2, \"one & two\")"))
        #expect(try Self.run(["check", "--lessons", workspace.lessons, "--no-cache"]).status == 0)
    }

    /// `--timings` lists the blocks that ran, slowest first, by file and line; piped, the
    /// build prints no progress lines, only the summary.
    @Test func timingsListTheSlowestBlocksByPlace() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        workspace.write("b.md", Workspace.lesson(title: "B", "var n = 0\nwhile n < 200_000 { n += 1 }"))
        let result = try Self.run(["build", "--lessons", workspace.lessons, "--output", workspace.output, "--no-cache", "--timings", "-j", "1"])
        #expect(result.status == 0)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.first?.wholeMatch(of: /Slowest blocks \(of 2, \d+ ms in all\):/) != nil, "\(lines)")
        #expect(lines.dropFirst().first?.hasPrefix("  \(workspace.lessons)/b.md:6  ") == true, "the loop is the slowest")
        #expect(lines.dropFirst().first?.hasSuffix(" steps") == true)
        #expect(lines.dropFirst(2).first?.hasPrefix("  \(workspace.lessons)/a.md:6  ") == true)
        #expect(lines.last?.hasPrefix("Built ") == true)
    }

    /// `new` writes a lesson that builds, lists it in course.yml, and never replaces a file.
    @Test func newStartsALessonThatBuilds() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        workspace.write("course.yml", "title: T\nlessons:\n  - a.md\n")
        let created = try Self.run(["new", "Learning-rate schedules", "--lessons", workspace.lessons])
        #expect(created.status == 0)
        #expect(created.stderr.hasPrefix("Created \(workspace.lessons)/learning-rate-schedules.md and added it to the end of \(workspace.lessons)/course.yml."))
        let course = try String(contentsOfFile: workspace.lessons + "/course.yml", encoding: .utf8)
        #expect(course == "title: T\nlessons:\n  - a.md\n  - learning-rate-schedules.md\n")
        let lesson = try String(contentsOfFile: workspace.lessons + "/learning-rate-schedules.md", encoding: .utf8)
        let built = try Self.run(["build", "--lessons", workspace.lessons, "--output", workspace.output, "--no-cache"])
        #expect(built.status == 0, "\(built.stderr)")
        let page = try String(contentsOfFile: workspace.output + "/learning-rate-schedules.html", encoding: .utf8)
        #expect(page.contains("<h1>Learning-rate schedules</h1>"))

        let again = try Self.run(["new", "Learning-rate schedules", "--lessons", workspace.lessons])
        #expect(again.status == 2)
        #expect(again.stderr == "error: '\(workspace.lessons)/learning-rate-schedules.md' already exists and is left alone; "
            + "choose another title, or pass --file with another name\n")
        #expect(try String(contentsOfFile: workspace.lessons + "/learning-rate-schedules.md", encoding: .utf8) == lesson)
        #expect(try Self.run(["new", "Intro", "--lessons", workspace.lessons, "--file", "index.md"]).status == 2)
        #expect(try Self.run(["new", "∞", "--lessons", workspace.lessons]).status == 2)
    }

    /// `serve` builds, says where it serves, and stops cleanly on Ctrl-C, leaving the site
    /// as `build` writes it.
    @Test func serveStopsCleanlyOnInterrupt() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["serve", "--lessons", workspace.lessons, "--output", workspace.output, "--port", "0", "--no-cache"]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(TestTime.seconds(60))
        while !text.contains("Ctrl-C stops."), Date() < deadline {
            text += String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
        }
        #expect(text.contains("Serving the course at http://127.0.0.1:"), "\(text)")
        process.interrupt()
        process.waitUntilExit()
        text += String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(text.hasSuffix("Stopped.\n"), "\(text)")
        let page = try String(contentsOfFile: workspace.output + "/a.html", encoding: .utf8)
        #expect(!page.contains("__lessons"))
    }

    @Test(arguments: [["build", "--no-such-flag"], ["frobnicate"], ["build", "--lessons"], ["build", "--jobs", "0"], ["check", "-j", "x"]])
    func badUsageExitsTwo(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Error:") || result.stderr.contains("error:"))
    }

    @Test func aMissingLessonsFolderExitsTwo() throws {
        let result = try Self.run(["build", "--lessons", "/nonexistent/lessons", "--output", "/tmp/never"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: the lessons folder '/nonexistent/lessons' does not exist; pass --lessons with a folder of .md files\n")
    }

    @Test func helpExitsZero() throws {
        let result = try Self.run(["build", "--help"])
        #expect(result.status == 0)
    }

    @Test func aKilledBuildLeavesThePreviousSiteAndCleansUpAfterItself() throws {
        let workspace = Workspace()
        workspace.write("a.md", Workspace.lesson(title: "A", "print(1)"))
        #expect(try Self.run(["build", "--lessons", workspace.lessons, "--output", workspace.output]).status == 0)
        let before = Workspace.snapshot(workspace.output)

        // A lesson that runs for many seconds; the build is killed while it runs.
        workspace.write("b.md", Workspace.lesson(title: "B", "var n = 0\nwhile n < 4_000_000 { n += 1 }"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["build", "--lessons", workspace.lessons, "--output", workspace.output]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(Workspace.snapshot(workspace.output) == before)

        // The next build replaces the site, and leaves no staging folder behind.
        workspace.write("b.md", Workspace.lesson(title: "B", "print(2)"))
        #expect(try Self.run(["build", "--lessons", workspace.lessons, "--output", workspace.output]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers == [])
        #expect(FileManager.default.fileExists(atPath: workspace.output + "/b.html"))
    }
}
