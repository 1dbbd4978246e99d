/// Evenly spaced points.
public enum Grid {
    /// `count` points from `start` to `end`, both included, as numpy's `linspace`. Point i is
    /// start + (end − start)·i/(count − 1), so a grid symmetric about 0 with an odd count
    /// holds exactly 0, and the last point is exactly `end`.
    public static func linspace(_ start: Double, _ end: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let span = end - start
        let last = Double(count - 1)
        return (0..<count).map { index in
            index == count - 1 ? end : start + span * Double(index) / last
        }
    }
}
