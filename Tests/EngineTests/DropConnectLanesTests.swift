@testable import Engine
import Testing

/// The masks and the DropConnect products, sixteen lanes at a time, against the element-by-
/// element loops they replaced, bit for bit.
@Suite struct DropConnectLanesTests {
    @Test func eightDrawsAtOnceAreEightDrawsInTurn() {
        var (together, inTurn) = (RandomSource(seed: 17), RandomSource(seed: 17))
        for _ in 0..<100 {
            let eight = together.nextEight()
            #expect((0..<8).allSatisfy { eight[$0] == inTurn.next() })
        }
        #expect(together.next() == inTurn.next())
    }

    /// A mask entry by entry: a draw decides two entries by its halves, the low one first.
    static func maskInTurn(count: Int, rate: Double, random: inout RandomSource) -> [Float] {
        let threshold = UInt64(((1 - rate) * 4_294_967_296).rounded(.down))
        let kept = Float(1 / (1 - rate))
        var mask = [Float](repeating: -1, count: count)
        var k = 0
        while k < count {
            let bits = random.next()
            mask[k] = bits & 0xFFFF_FFFF < threshold ? kept : 0
            if k + 1 < count { mask[k + 1] = bits >> 32 < threshold ? kept : 0 }
            k += 2
        }
        return mask
    }

    @Test(arguments: [0, 1, 15, 16, 17, 33, 100], [0.1, 0.5, 0.9])
    func masksAreTheDrawsInTurn(count: Int, rate: Double) {
        var (vector, scalar) = (RandomSource(seed: 23), RandomSource(seed: 23))
        var mask = [Float](repeating: -1, count: count)
        mask.withUnsafeMutableBufferPointer { DropMask.fill($0.baseAddress!, count: count, dropping: rate, random: &vector) }
        #expect(mask == Self.maskInTurn(count: count, rate: rate, random: &scalar))
        #expect(vector.next() == scalar.next(), "the same draws used")
    }

    /// z, δ and ∂L/∂W of DropConnect layers of 20 and 17 units (a full block of sixteen and a
    /// partial one), against the loops over the pass's own masks.
    @Test func theProductsAreTheLoops() {
        let network = Network(widths: [3, 20, 17, 2], activation: .tanh, output: .linear, initializer: .glorotNormal,
                              biasInitializer: .randomNormal(standardDeviation: 0.3), dropConnect: 0.3, seed: 3)
        var random = RandomSource(seed: 9)
        let rows = 5
        let inputs = (0..<rows * 3).map { _ in Float(random.normal()) }
        let targets = (0..<rows * 2).map { Float($0 % 2) }
        let pass = NetworkPass(network, capacity: rows)
        inputs.withUnsafeBufferPointer { pass.forwardTraining(network, $0.baseAddress!, rows: rows, random: &random) }
        _ = targets.withUnsafeBufferPointer { Trainer.evaluate(.softmaxCrossEntropy, pass, targets: $0.baseAddress!, rows: rows) }
        pass.backward(network, rows: rows, outputIsPreActivation: true)
        for (index, layer) in network.layers.enumerated() {
            guard let masks = pass.connectionMasks[index] else { continue }
            let (n, m, w, a, d) = (layer.inputCount, layer.outputCount, layer.weights.storage, pass.activations[index], pass.deltas[index])
            var z = [Float](repeating: 0, count: rows * m), gradient = [Float](repeating: 0, count: n * m)
            var below = [Float](repeating: 0, count: rows * n)
            for i in 0..<rows {
                let mask = masks + i * n * m
                for j in 0..<m { z[i * m + j] = layer.hasBias ? layer.biases[j] : 0 }
                for k in 0..<n {
                    for j in 0..<m { z[i * m + j] += a[i * n + k] * w[k * m + j] * mask[k * m + j] }
                    var sum: Float = 0
                    for j in 0..<m {
                        gradient[k * m + j] += a[i * n + k] * d[i * m + j] * mask[k * m + j]
                        sum += w[k * m + j] * mask[k * m + j] * d[i * m + j]
                    }
                    below[i * n + k] = sum
                }
            }
            #expect((0..<rows * m).allSatisfy { pass.linear[index][$0].bitPattern == z[$0].bitPattern }, "z of layer \(index)")
            #expect((0..<n * m).allSatisfy { pass.weightGradients[index][$0].bitPattern == gradient[$0].bitPattern }, "∂L/∂W of layer \(index)")
            if index > 0 {
                // The layer below's δ is this sum times its tanh′, applied in place after.
                let t = pass.activated[index - 1]
                #expect((0..<rows * n).allSatisfy { pass.deltas[index - 1][$0].bitPattern == (below[$0] * (1 - t[$0] * t[$0])).bitPattern })
            }
        }
    }
}
