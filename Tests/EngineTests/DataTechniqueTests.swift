@testable import Engine
import Foundation
import Testing

/// The data tools: exact counts and orders, seeded bits, and the correlations and
/// condition numbers they promise.
@Suite struct DataTechniqueTests {
    @Test func orderingsAreStableAndComplete() throws {
        let data = DatasetGenerator.blobs(count: 30, classes: 3, seed: 2).shuffled(seed: 4)
        let sorted = data.sortedByClass()
        #expect(try #require(sorted.labels) == (0..<3).flatMap { Array(repeating: $0, count: 10) })
        #expect(sorted.inputs.storage.sorted() == data.inputs.storage.sorted(), "the same examples, reordered")
        let scores = (0..<30).map { Double(($0 * 7) % 30) }
        let ordered = data.ordered(by: scores)
        #expect(ordered.inputs.row(0) == data.inputs.row(0) && ordered.inputs.row(1) == data.inputs.row(13), "scores 0 then 1")
    }

    /// Margins: the distance to the nearest example of another class, by hand on four points.
    @Test func marginsAreDistancesToTheOtherClass() {
        let data = Dataset(inputs: Matrix(rows: 4, columns: 2, storage: [0, 0, 3, 0, 0, 4, 10, 0]),
                           targets: .classes(labels: [0, 0, 1, 1], count: 2))
        #expect(data.margins() == [4, 5, 4, 7])
    }

    /// Augmentation: (copies + 1) × count examples, labels copied, rotation preserving each
    /// point's distance from the origin, and the same bits for the same seed.
    @Test func augmentationKeepsLabelsAndRadii() throws {
        let data = DatasetGenerator.circles(count: 40, noise: 0.05, seed: 1)
        let augmented = data.augmented(copies: 3, jitter: 0, rotation: .pi, reflection: true, seed: 7)
        #expect(augmented.count == 160)
        let labels = try #require(data.labels)
        #expect(try #require(augmented.labels) == labels + labels + labels + labels)
        for copy in 1...3 {
            for i in 0..<40 {
                let (a, b) = (data.inputs.row(i), augmented.inputs.row(copy * 40 + i))
                #expect(abs(hypot(Double(a[0]), Double(a[1])) - hypot(Double(b[0]), Double(b[1]))) < 1e-5)
            }
        }
        #expect(augmented == data.augmented(copies: 3, jitter: 0, rotation: .pi, reflection: true, seed: 7))
        #expect(augmented != data.augmented(copies: 3, jitter: 0, rotation: .pi, reflection: true, seed: 8))
    }

    /// Covariate shift: without replacement, the requested count, and along the direction.
    @Test func shiftedSamplesMoveAlongTheDirection() {
        let pool = DatasetGenerator.moons(count: 2000, noise: 0.1, seed: 3)
        let right = pool.shifted(toward: [1, 0], strength: 3, count: 300, seed: 1)
        let left = pool.shifted(toward: [-1, 0], strength: 3, count: 300, seed: 1)
        #expect(right.count == 300 && Set((0..<300).map { right.inputs.row($0) }).count == 300)
        let meanX = { (d: Dataset) in d.inputs.column(0).map(Double.init).reduce(0, +) / Double(d.count) }
        #expect(meanX(right) > meanX(pool) + 0.5 && meanX(left) < meanX(pool) - 0.5)
        #expect(pool.shifted(toward: [1, 0], strength: 0, count: 2000, seed: 1).count == 2000)
    }

    /// Copies correlated by ρ have sample correlation near ρ, and the condition number grows
    /// as ρ → 1; whitening makes the covariance the identity.
    @Test(arguments: [0.0, 0.5, 0.9, 0.99])
    func collinearCopiesHaveTheirCorrelation(rho: Double) {
        let data = DatasetGenerator.linear(count: 4000, weights: [1, 2], intercept: 0, noise: 0.1, seed: 5)
        let widened = data.withCollinearCopies(of: 0, copies: 2, correlation: rho, seed: 3)
        #expect(widened.features == 4)
        let covariance = widened.inputCovariance().covariance
        for copy in [2, 3] {
            let correlation = covariance[0][copy] / (covariance[0][0] * covariance[copy][copy]).squareRoot()
            #expect(abs(correlation - rho) < 0.03, "ρ \(rho): sample correlation \(correlation)")
        }
        // Two unit-variance variables with correlation ρ have eigenvalues 1 ± ρ.
        let pair = Dataset(inputs: Matrix(rows: 4000, columns: 2, storage: (0..<4000).flatMap { [widened.inputs[$0, 0], widened.inputs[$0, 2]] }),
                           targets: .classes(labels: Array(repeating: 0, count: 4000), count: 1))
        let expected = (1 + rho) / (1 - rho)
        #expect(abs(pair.conditionNumber() - expected) < 0.15 * expected)
        let white = widened.whitened().inputCovariance().covariance
        for j in 0..<4 { for k in 0..<4 { #expect(abs(white[j][k] - (j == k ? 1 : 0)) < 1e-4) } }
    }

    /// Eigenvectors: A v = λ v for each pair, on a symmetric matrix with known eigenvalues.
    @Test func eigenvectorsSatisfyTheirEquation() {
        let a = [[4.0, 1, 0.5], [1, 3, 0.25], [0.5, 0.25, 1]]
        let (values, vectors) = SymmetricEigen.decompose(a)
        #expect(values == values.sorted())
        for (lambda, v) in zip(values, vectors) {
            let av = a.map { row in zip(row, v).reduce(0) { $0 + $1.0 * $1.1 } }
            #expect(zip(av, v).allSatisfy { abs($0 - lambda * $1) < 1e-10 })
            #expect(abs(v.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
        }
        #expect(abs(values.reduce(0, +) - 8) < 1e-12, "the trace")
    }
}
