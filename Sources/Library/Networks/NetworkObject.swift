import Engine
import Interpreter

/// A network as blocks see it: `net.widths`, `net.parameterCount`.
final class NetworkObject: LibraryObject {
    static let typeName = "Network"
    let network: Network

    init(_ network: Network) {
        self.network = network
    }

    var typeName: String { Self.typeName }
    let memberNames = ["layerCount", "parameterCount", "widths"]

    var printed: String {
        let widths = network.widths.map(String.init).joined(separator: " → ")
        let hidden = network.layers.dropLast().first?.activation.name ?? "no hidden layer"
        return "Network(\(widths), \(hidden), \(network.parameterCount) parameters)"
    }

    func member(_ name: String) throws -> Value? {
        switch name {
        case "widths": .array(network.widths.map(Value.int))
        case "layerCount": .int(network.layers.count)
        case "parameterCount": .int(network.parameterCount)
        default: nil
        }
    }
}
