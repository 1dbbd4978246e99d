import Engine
import Interpreter

/// A network as blocks see it: `net.widths`, `net.parameterCount`.
final class NetworkObject: DocumentedObject {
    static let typeName = "Network"
    static let doc = "A dense network: its layers' widths, activations, weights and biases."
    static let properties: [ObjectProperty<NetworkObject>] = [
        .init("widths", .array(.int), doc: "The width of each layer, the inputs first: [2, 16, 1].") { .array($0.network.widths.map(Value.int)) },
        .init("layerCount", .int, doc: "How many layers have weights (the inputs are not a layer).") { .int($0.network.layers.count) },
        .init("parameterCount", .int, doc: "How many weights and biases the network learns.") { .int($0.network.parameterCount) },
    ]

    let network: Network

    init(_ network: Network) {
        self.network = network
    }

    var printed: String {
        let widths = network.widths.map(String.init).joined(separator: " → ")
        let hidden = network.layers.dropLast().first?.activation.name ?? "no hidden layer"
        return "Network(\(widths), \(hidden), \(network.parameterCount) parameters)"
    }
}
