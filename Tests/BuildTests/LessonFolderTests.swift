import Foundation
@testable import Build
import LessonsCore
import Testing

/// Data files as the build gives them to blocks: inside the lessons folder only.
@Suite struct LessonFolderTests {
    @Test func aFileInsideTheFolderIsRead() throws {
        let workspace = Workspace()
        try FileManager.default.createDirectory(atPath: workspace.lessons + "/data", withIntermediateDirectories: true)
        workspace.write("data/points.csv", "x,y\n1,2\n")
        let folder = LessonFolder(path: workspace.lessons)
        #expect(folder.text(of: "data/points.csv") == .success("x,y\n1,2\n"))
        #expect(folder.text(of: "data/../data/points.csv") == .success("x,y\n1,2\n"), "a detour that stays inside is fine")
        #expect(folder.text(of: "data/none.csv") == .failure(.notFound))
        #expect(folder.text(of: "data") == .failure(.notFound), "a folder is not a file")
    }

    @Test func pathsOutsideTheFolderAreRefused() throws {
        let workspace = Workspace()
        try Data("secret".utf8).write(to: workspace.root.appendingPathComponent("secret.csv"))
        try FileManager.default.createSymbolicLink(atPath: workspace.lessons + "/link.csv", withDestinationPath: workspace.root.path + "/secret.csv")
        let folder = LessonFolder(path: workspace.lessons)
        for path in ["../secret.csv", workspace.root.path + "/secret.csv", "link.csv", "", "~/secret.csv", "data/../../secret.csv"] {
            #expect(folder.text(of: path) == .failure(.outsideLessons), "\(path)")
        }
    }

    @Test func aFileThatIsNotTextIsSaidSo() throws {
        let workspace = Workspace()
        try Data([0xff, 0xfe, 0x00]).write(to: URL(fileURLWithPath: workspace.lessons + "/binary.csv"))
        #expect(LessonFolder(path: workspace.lessons).text(of: "binary.csv") == .failure(.notText))
    }

    @Test func aLessonLoadsItsDataDuringTheBuild() throws {
        let workspace = Workspace()
        workspace.write("data.csv", "a,label\n0,0\n1,1\n")
        workspace.write("one.md", Workspace.lesson(title: "One", "let d = csv(\"data.csv\", label: \"label\")\ncheck(d.count == 2, \"the file has two rows\")"))
        let report = try CourseBuilder(options: BuildOptions(lessons: workspace.lessons, output: workspace.output)).build()
        #expect(report.diagnostics.filter(\.isError).isEmpty, "\(report.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: workspace.output + "/one.html"))
        #expect(!FileManager.default.fileExists(atPath: workspace.output + "/data.csv"), "data files are not published")
    }
}
