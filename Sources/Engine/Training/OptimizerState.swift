/// The optimizer's memory for every weight and bias (velocities, moment estimates), laid
/// out like the network, and the update that applies one step to it.
struct OptimizerState {
    private var first: [[Float]]
    private var second: [[Float]]

    init(_ network: Network) {
        let sizes = network.layers.flatMap { [$0.weights.storage.count, $0.biases.count] }
        // Every rule gets both buffers; the ones without state never touch them.
        first = sizes.map { [Float](repeating: 0, count: $0) }
        second = first
    }

    /// One update of every parameter from the pass's gradients; `t` counts updates from 1.
    mutating func step(_ network: inout Network, _ pass: NetworkPass, settings: TrainingSettings, t: Int, random: inout RandomSource) {
        for index in network.layers.indices {
            network.layers[index].weights.storage.withUnsafeMutableBufferPointer { weights in
                update(weights, pass.weightGradients[index], slot: 2 * index, settings: settings, t: t, random: &random)
            }
            network.layers[index].biases.withUnsafeMutableBufferPointer { biases in
                update(biases, pass.biasGradients[index], slot: 2 * index + 1, settings: settings, t: t, random: &random)
            }
        }
    }

    private mutating func update(
        _ parameters: UnsafeMutableBufferPointer<Float>, _ gradient: UnsafePointer<Float>, slot: Int,
        settings: TrainingSettings, t: Int, random: inout RandomSource
    ) {
        first[slot].withUnsafeMutableBufferPointer { first in
            second[slot].withUnsafeMutableBufferPointer { second in
                settings.optimizer.step(
                    from: parameters.baseAddress!, to: parameters.baseAddress!, gradient,
                    first.baseAddress!, second.baseAddress!,
                    count: parameters.count, eta: settings.learningRate, t: t, random: &random)
            }
        }
    }
}
