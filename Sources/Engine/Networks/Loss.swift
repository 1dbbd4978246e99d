/// What training minimises: the cost is the mean over examples of a per-example loss.
/// Each loss computes its gradient with respect to the output layer's pre-activation z
/// where that is the stable way (Keras's `from_logits`), and with respect to its output a
/// otherwise.
public enum Loss: String, Hashable, Sendable, CaseIterable {
    /// (1/C) Σ_c (a_c − y_c)², the mean over outputs, as Keras's `mean_squared_error`.
    case meanSquaredError
    /// −(1/C) Σ_c [y_c log σ(z_c) + (1 − y_c) log(1 − σ(z_c))], computed from the logit z as
    /// max(z, 0) − z·y + log(1 + e^−|z|), which never overflows. The output layer is sigmoid.
    case binaryCrossEntropy
    /// −log softmax(z)_y = logsumexp(z) − z_y, with the maximum subtracted first. The output
    /// layer is linear: its outputs are the logits.
    case softmaxCrossEntropy

    /// The output activation the loss is written for, if it needs one.
    public var requiredOutput: Activation? {
        switch self {
        case .meanSquaredError: nil
        case .binaryCrossEntropy: .sigmoid
        case .softmaxCrossEntropy: .linear
        }
    }

    /// The summed loss over `rows` examples, and into `gradient`, if given, ∂(mean loss)/∂z for
    /// the cross-entropies or ∂(mean loss)/∂a for the squared error, for `scale` = 1/batch.
    /// Without a gradient (measuring, not training) the softmax's probabilities are not worked out.
    func evaluate(
        z: UnsafePointer<Float>, a: UnsafePointer<Float>, targets: UnsafePointer<Float>, rows: Int, columns: Int,
        gradient: UnsafeMutablePointer<Float>?, scale: Float
    ) -> Double {
        var total = 0.0
        switch self {
        case .meanSquaredError:
            let perOutput = scale * 2 / Float(columns)
            for k in 0..<rows * columns {
                let difference = a[k] - targets[k]
                total += Double(difference * difference) / Double(columns)
                gradient?[k] = perOutput * difference
            }
        case .binaryCrossEntropy:
            let perOutput = scale / Float(columns)
            for k in 0..<rows * columns {
                let (logit, y) = (Double(z[k]), Double(targets[k]))
                total += (max(logit, 0) - logit * y + LibM.log1p(LibM.exp(-Swift.abs(logit)))) / Double(columns)
                gradient?[k] = perOutput * (a[k] - targets[k])
            }
        case .softmaxCrossEntropy:
            total = Self.softmaxCrossEntropy(z: z, targets: targets, rows: rows, columns: columns, gradient: gradient, scale: scale)
        }
        return total
    }

    /// −Σ log softmax(z)_y over the rows, and the gradient softmax(z) − y times `scale`.
    /// Eight rows at a time, one to a lane, so that each `exp` and `log` is one call of
    /// `Lanes.exp` or `Lanes.log` for eight rows (a call of the C library for each row was a
    /// twentieth of training a small network); every lane takes the operations, in the
    /// order, of a row alone, and the total adds the rows' terms in row order. Lanes past
    /// the last row repeat it and are not stored.
    private static func softmaxCrossEntropy(
        z: UnsafePointer<Float>, targets: UnsafePointer<Float>, rows: Int, columns: Int,
        gradient: UnsafeMutablePointer<Float>?, scale: Float
    ) -> Double {
        Lanes.exponentialTable.withUnsafeBufferPointer { exponentials in
            Lanes.logarithmTable.withUnsafeBufferPointer { logarithms in
                softmaxCrossEntropy(z: z, targets: targets, rows: rows, columns: columns, gradient: gradient, scale: scale,
                                    exponentials: exponentials.baseAddress!, logarithms: logarithms.baseAddress!)
            }
        }
    }

    private static func softmaxCrossEntropy(
        z: UnsafePointer<Float>, targets: UnsafePointer<Float>, rows: Int, columns: Int, gradient: UnsafeMutablePointer<Float>?,
        scale: Float, exponentials: UnsafePointer<UInt64>, logarithms: UnsafePointer<Double>
    ) -> Double {
        var total = 0.0
        for first in stride(from: 0, to: rows, by: 8) {
            let count = min(8, rows - first)
            let lanes = SIMD8<Int>(0, 1, 2, 3, 4, 5, 6, 7)
            let starts = (lanes.replacing(with: count - 1, where: lanes .>= count) &+ first) &* columns
            func logits(_ c: Int) -> SIMD8<Float> {
                let s = starts &+ c
                return SIMD8(z[s[0]], z[s[1]], z[s[2]], z[s[3]], z[s[4]], z[s[5]], z[s[6]], z[s[7]])
            }
            var largest = logits(0)
            for c in 1..<max(columns, 1) {
                let logit = logits(c)
                largest.replace(with: logit, where: logit .>= largest)
            }
            var sum = Lanes.Vector()
            for c in 0..<columns { sum += Lanes.exp(Lanes.Vector(logits(c) - largest), table: exponentials) }
            let logSum = Lanes.Vector(largest) + Lanes.log(sum, table: logarithms)
            if let gradient {
                for c in 0..<columns {
                    let probability = Lanes.exp(Lanes.Vector(logits(c)) - logSum, table: exponentials)
                    for lane in 0..<count {
                        let k = starts[lane] + c
                        gradient[k] = scale * Float(probability[lane] - Double(targets[k]))
                    }
                }
            }
            for lane in 0..<count {
                for k in starts[lane]..<starts[lane] + columns {
                    total -= Double(targets[k]) * (Double(z[k]) - logSum[lane])
                }
            }
        }
        return total
    }
}
