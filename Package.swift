// swift-tools-version: 6.0
import PackageDescription

// The engine's kernels are compiled for the machine that builds them (AVX-512 on ours): the
// target CPU decides most of their speed (engine-performance.md). Swift never contracts or
// reassociates floating-point operations, so the results are the same bits either way.
// LESSONS_PORTABLE=1 builds for baseline x86-64 instead.
// The engine is optimised in debug builds too: its SIMD kernels run a hundred times slower
// unoptimised, and the tests and the course's network lessons would crawl.
// Release builds leave out the run-time exclusivity checks on the training loop's classes
// (the pass's buffers, the run's state), which took 2.5% of training the spirals network;
// debug builds, which the tests run, keep them.
let engineSettings: [SwiftSetting] = (Context.environment["LESSONS_PORTABLE"] == "1"
    ? [] : [.unsafeFlags(["-target-cpu", "native"])]) + [.unsafeFlags(["-O"], .when(configuration: .debug)),
                                                        .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

// The interpreter's evaluator is a class whose state (the scope, the step count) every
// expression touches; release builds leave out the run-time exclusivity checks on it, which
// took a seventh of a simple loop's time. Debug builds, which the tests run, keep them, so a
// conflicting access still traps there.
let interpreterSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

// The modules mirror the pipeline: load → parse → interpret → render → write.
// Which module may import which is checked by `.ci/check-imports` (see architecture.md).
let package = Package(
    name: "lessons",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lessons", targets: ["lessons"]),
        .executable(name: "fuzz-block", targets: ["FuzzBlock"]),
        .executable(name: "fuzz-lesson", targets: ["FuzzLesson"]),
        .executable(name: "bench-descent", targets: ["DescentBenchmark"]),
        .executable(name: "bench-networks", targets: ["NetworkBenchmark"]),
        .executable(name: "bench-interpreter", targets: ["InterpreterBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // `lessons serve`'s HTTP server: FlyingFox built in 10 s here, Hummingbird (SwiftNIO)
        // in 73 s, for a server that only ever serves one author on loopback.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "LessonsCore"),
        .target(name: "Engine", swiftSettings: engineSettings),
        .target(
            name: "MarkdownParsing",
            dependencies: ["CCmark", "LessonsCore", "Yams"]
        ),
        .target(
            name: "Interpreter",
            dependencies: [
                "LessonsCore",
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
            ],
            swiftSettings: interpreterSettings
        ),
        .target(name: "Library", dependencies: ["Interpreter", "Engine", "LessonsCore"]),
        .target(name: "SVGCharts", dependencies: ["LessonsCore"]),
        .target(name: "Site", dependencies: ["SVGCharts", "LessonsCore", .product(name: "Mustache", package: "swift-mustache")]),
        .target(
            name: "Build",
            dependencies: ["LessonsCore", "MarkdownParsing", "Interpreter", "Library", "SVGCharts", "Site",
                           .product(name: "Crypto", package: "swift-crypto")],
            // Latin Modern Math (GUST Font License, from Debian's fonts-lmodern, as WOFF2), which
            // the site ships so that formulas draw the same with or without a math font installed;
            // the site's stylesheet and script; and the live-reload script `lessons serve` adds
            // to the pages it serves.
            resources: [.copy("Resources/fonts"), .copy("Resources/preview"), .copy("Resources/site")]
        ),
        // `lessons serve`: the built site over HTTP, rebuilt as lessons change, with live reload.
        .target(
            name: "Preview",
            dependencies: ["Build", "LessonsCore", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .executableTarget(
            name: "lessons",
            dependencies: ["Build", "Preview", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Feed arbitrary bytes to the pipeline as a block, or as a whole lesson; see Fuzz/README.md.
        .target(name: "FuzzDriver", dependencies: ["Interpreter"], path: "Fuzz/FuzzDriver"),
        .executableTarget(
            name: "FuzzBlock",
            dependencies: ["FuzzDriver", "LessonsCore", "MarkdownParsing", "Interpreter", "Library", "Site"],
            path: "Fuzz/FuzzBlock"
        ),
        .executableTarget(
            name: "FuzzLesson",
            dependencies: ["FuzzDriver", "LessonsCore", "MarkdownParsing", "Interpreter", "Library", "Site"],
            path: "Fuzz/FuzzLesson"
        ),

        // Speed against the peers the issues name; see bench/.
        .executableTarget(
            name: "DescentBenchmark",
            dependencies: ["LessonsCore", "MarkdownParsing", "Interpreter", "Library", "Engine", "Build", "BenchSupport"],
            path: "bench/DescentBenchmark"
        ),
        .executableTarget(name: "NetworkBenchmark", dependencies: ["Engine", "BenchSupport"], path: "bench/NetworkBenchmark"),
        .target(name: "BenchSupport", path: "bench/BenchSupport"),
        .executableTarget(
            name: "InterpreterBenchmark", dependencies: ["LessonsCore", "MarkdownParsing", "Interpreter", "Library", "Build", "BenchSupport"],
            path: "bench/InterpreterBenchmark"
        ),

        // Helpers the test targets share: marked lessons, a large-stack harness, golden files.
        .target(
            name: "TestSupport",
            dependencies: ["LessonsCore", "MarkdownParsing", "Interpreter", "Library"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "LessonsCoreTests", dependencies: ["LessonsCore"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "MarkdownParsingTests", dependencies: ["MarkdownParsing", "LessonsCore", "TestSupport"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter", "Library", "LessonsCore", "MarkdownParsing", "TestSupport"]),
        .testTarget(name: "LibraryTests", dependencies: ["Library", "Interpreter", "LessonsCore", "TestSupport"]),
        // Golden files and corpora are read from the source tree (see TestSupport.Golden).
        .testTarget(name: "SVGChartsTests", dependencies: ["SVGCharts", "LessonsCore", "Engine", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(
            name: "SiteTests",
            dependencies: ["Site", "LessonsCore", "MarkdownParsing", "TestSupport"],
            exclude: ["Goldens", "Corpus"]
        ),
        // Depends on the executable so that `swift test` builds it: the tests run it for exit statuses.
        .testTarget(name: "BuildTests", dependencies: ["Build", "LessonsCore", "Library", "Interpreter", "TestSupport", "lessons"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Build", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
