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

    /// The summed loss over `rows` examples, and into `gradient` ∂(mean loss)/∂z for the
    /// cross-entropies or ∂(mean loss)/∂a for the squared error, for `scale` = 1/batch.
    func evaluate(
        z: UnsafePointer<Float>, a: UnsafePointer<Float>, targets: UnsafePointer<Float>, rows: Int, columns: Int,
        gradient: UnsafeMutablePointer<Float>, scale: Float
    ) -> Double {
        var total = 0.0
        switch self {
        case .meanSquaredError:
            let perOutput = scale * 2 / Float(columns)
            for k in 0..<rows * columns {
                let difference = a[k] - targets[k]
                total += Double(difference * difference) / Double(columns)
                gradient[k] = perOutput * difference
            }
        case .binaryCrossEntropy:
            let perOutput = scale / Float(columns)
            for k in 0..<rows * columns {
                let (logit, y) = (Double(z[k]), Double(targets[k]))
                total += (max(logit, 0) - logit * y + LibM.log1p(LibM.exp(-Swift.abs(logit)))) / Double(columns)
                gradient[k] = perOutput * (a[k] - targets[k])
            }
        case .softmaxCrossEntropy:
            for i in 0..<rows {
                let row = z + i * columns
                var largest = row[0]
                for c in 1..<max(columns, 1) { largest = max(largest, row[c]) }
                var sum = 0.0
                for c in 0..<columns {
                    // e⁰ is exactly 1: the largest logit's term needs no call (a quarter of
                    // this loss's calls of the C library, for two classes).
                    let shifted = row[c] - largest
                    sum += shifted == 0 ? 1 : LibM.exp(Double(shifted))
                }
                let logSum = Double(largest) + LibM.log(sum)
                for c in 0..<columns {
                    let probability = LibM.exp(Double(row[c]) - logSum)
                    let target = Double(targets[i * columns + c])
                    total -= target * (Double(row[c]) - logSum)
                    gradient[i * columns + c] = scale * Float(probability - target)
                }
            }
        }
        return total
    }
}
