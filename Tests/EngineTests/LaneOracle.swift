@testable import Engine

/// A function on eight lanes next to its scalar oracle: the arguments (taken eight at a time,
/// a tail of fewer left out) where the two differ in their bits, any NaN equal to any other,
/// with both results.
func laneMismatches(
    _ xs: [Double], _ lanes: (Lanes.Vector) -> Lanes.Vector, _ oracle: (Double) -> Double
) -> [(x: Double, lanes: Double, oracle: Double)] {
    var found: [(x: Double, lanes: Double, oracle: Double)] = []
    for start in stride(from: 0, to: xs.count - 7, by: 8) {
        let x = Lanes.Vector((0..<8).map { xs[start + $0] })
        let y = lanes(x)
        for lane in 0..<8 {
            let expected = oracle(x[lane])
            if y[lane].bitPattern != expected.bitPattern && !(y[lane].isNaN && expected.isNaN) {
                found.append((x[lane], y[lane], expected))
            }
        }
    }
    return found
}
