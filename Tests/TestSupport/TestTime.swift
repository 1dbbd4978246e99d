import Foundation

/// Wall-clock bounds of tests, stretched for slow runs. Under AddressSanitizer the debug build
/// runs several times slower, so `script/sanitize` sets `LESSONS_TEST_TIME_SCALE`; a bound
/// that only a hang can pass stays one at any scale.
public enum TestTime {
    /// How much longer than usual a test may wait: 1 unless the environment says otherwise.
    public static let scale: Double = ProcessInfo.processInfo.environment["LESSONS_TEST_TIME_SCALE"].flatMap(Double.init) ?? 1

    /// `seconds`, stretched by the scale.
    public static func seconds(_ seconds: Double) -> Double { seconds * scale }

    /// `seconds` as a duration, stretched by the scale.
    public static func duration(_ seconds: Double) -> Duration { .seconds(seconds * scale) }
}
