/// The optimizer's memory for every trained number (velocities, moment estimates), laid
/// out like the network's parameter groups, and the update that applies one step to them.
struct OptimizerState {
    private var first: [[Float]]
    private var second: [[Float]]

    init(_ network: Network) {
        let sizes = network.layers.flatMap { layer in ParameterGroup.allCases.map { $0.count(in: layer) } }
        // Every rule gets both buffers; the ones without state never touch them.
        first = sizes.map { [Float](repeating: 0, count: $0) }
        second = first
    }

    /// One update of every parameter from the pass's gradients; `t` counts updates from 1.
    mutating func step(_ network: inout Network, _ pass: NetworkPass, settings: TrainingSettings, t: Int, random: inout RandomSource) {
        for index in network.layers.indices {
            for group in ParameterGroup.allCases {
                guard let gradient = group.gradient(in: pass, layer: index) else { continue }
                let slot = index * ParameterGroup.allCases.count + group.rawValue
                let regularized = group == .weights || (group == .biases && settings.regularization.includeBiases)
                group.withParameters(of: &network.layers[index]) { parameters in
                    if regularized { settings.regularization.decay(parameters, learningRate: settings.learningRate) }
                    update(parameters, gradient, slot: slot, settings: settings, t: t, random: &random)
                    if regularized { settings.regularization.proximalStep(parameters, learningRate: settings.learningRate) }
                }
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

/// The kinds of number a layer trains, in the order every walk over them takes.
enum ParameterGroup: Int, CaseIterable {
    case weights, biases, scale, shift

    /// How many numbers of this group the layer trains.
    func count(in layer: DenseLayer) -> Int {
        switch self {
        case .weights: layer.weights.storage.count
        case .biases: layer.hasBias ? layer.biases.count : 0
        case .scale, .shift: layer.normalization?.units ?? 0
        }
    }

    /// The group's gradient in the pass, or nil when the layer does not train it.
    func gradient(in pass: NetworkPass, layer index: Int) -> UnsafeMutablePointer<Float>? {
        switch self {
        case .weights: pass.weightGradients[index]
        case .biases: pass.biasGradients[index]
        case .scale: pass.scaleGradients[index]
        case .shift: pass.shiftGradients[index]
        }
    }

    /// Calls `body` with the layer's numbers of this group, if it trains them.
    func withParameters(of layer: inout DenseLayer, _ body: (UnsafeMutableBufferPointer<Float>) -> Void) {
        switch self {
        case .weights: layer.weights.storage.withUnsafeMutableBufferPointer { body($0) }
        case .biases: if layer.hasBias { layer.biases.withUnsafeMutableBufferPointer { body($0) } }
        case .scale: layer.normalization?.scale.withUnsafeMutableBufferPointer { body($0) }
        case .shift: layer.normalization?.shift.withUnsafeMutableBufferPointer { body($0) }
        }
    }
}
