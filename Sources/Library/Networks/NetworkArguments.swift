import Engine
import Interpreter

/// Reading and checking the arguments of network and dataset builtins.
extension Invocation {
    func network(_ index: Int) -> Network {
        if case .object(let object as NetworkObject) = arguments[index] { return object.network }
        return Network(layers: [])
    }

    func dataset(_ index: Int) -> Dataset {
        if case .object(let object as DatasetObject) = arguments[index] { return object.dataset }
        return Dataset(inputs: Matrix(rows: 0, columns: 0), targets: .values(Matrix(rows: 0, columns: 0)))
    }

    func enumCase(_ index: Int) -> EnumCase? {
        if case .enumCase(let value) = arguments[index] { return value }
        return nil
    }

    /// A `Loss` argument as the engine's loss.
    func loss(_ index: Int) -> Loss {
        enumCase(index).map(NetworkEnumerations.engineLoss) ?? .meanSquaredError
    }

    /// A seed argument: its own value, or the lesson's seed for 0.
    func seed(_ index: Int) -> UInt64 {
        int(index) > 0 ? UInt64(int(index)) : context.seed
    }

    /// An argument of type [[Double]] as a matrix, refusing ragged rows.
    func matrix(_ index: Int) throws -> Matrix {
        let rows = array(index).map(ArrayBuiltins.elements)
        let width = rows.first?.count ?? 0
        try context.reserve(elements: rows.count * width)
        var storage: [Float] = []
        storage.reserveCapacity(rows.count * width)
        for (number, row) in rows.enumerated() {
            guard row.count == width else { throw BuiltinError(.raggedRows(number, row.count, width), argument: index) }
            for value in row {
                switch value {
                case .double(let x): storage.append(Float(x))
                case .int(let n): storage.append(Float(n))
                default: storage.append(.nan)
                }
            }
        }
        return Matrix(rows: rows.count, columns: width, storage: storage)
    }
}

/// The checks that a network, its data and its loss fit together, each with its message.
enum NetworkChecks {
    /// The data's features match the inputs, and its labels or targets the outputs.
    static func fits(_ network: Network, _ data: Dataset, networkArgument: Int, dataArgument: Int) throws {
        guard data.count > 0 else { throw BuiltinError(.emptyDataset(), argument: dataArgument) }
        let (inputs, outputs) = (network.widths.first ?? 0, network.widths.last ?? 0)
        guard data.features == inputs else {
            throw BuiltinError(.featuresMismatch(data: data.features, network: inputs), argument: networkArgument)
        }
        guard data.targetMatrix(outputs: outputs) != nil else {
            var targets: Int?
            if case .values(let values) = data.targets { targets = values.columns }
            throw BuiltinError(.outputsMismatch(outputs: outputs, classes: data.classCount, targets: targets), argument: networkArgument)
        }
    }

    /// A dataset standardized or whitened with another's statistics has as many features.
    static func sameFeatures(_ data: Dataset, as reference: Dataset, argument: Int) throws {
        guard data.features == reference.features else {
            throw BuiltinError(.referenceFeatures(data: data.features, reference: reference.features), argument: argument)
        }
    }

    /// The output layer has the activation the loss is computed for.
    static func loss(_ loss: Loss, suits network: Network, argument: Int) throws {
        guard let required = loss.requiredOutput, let output = network.layers.last?.activation, output != required else { return }
        throw BuiltinError(.lossNeedsOutput(loss.rawValue, required.name), argument: argument)
    }
}
