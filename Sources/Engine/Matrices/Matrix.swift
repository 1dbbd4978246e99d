/// A matrix of `Float`, stored row by row. Networks keep their weights, activations and
/// gradients in these; a batch is one example per row.
public struct Matrix: Sendable, Hashable {
    public let rows: Int
    public let columns: Int
    public var storage: [Float]

    public init(rows: Int, columns: Int, repeating value: Float = 0) {
        precondition(rows >= 0 && columns >= 0, "a matrix has no negative dimension")
        self.rows = rows
        self.columns = columns
        storage = Array(repeating: value, count: rows * columns)
    }

    public init(rows: Int, columns: Int, storage: [Float]) {
        precondition(storage.count == rows * columns, "storage must hold rows × columns elements")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    public subscript(row: Int, column: Int) -> Float {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// One row, copied out.
    public func row(_ index: Int) -> [Float] {
        Array(storage[index * columns ..< (index + 1) * columns])
    }

    /// One column, copied out.
    public func column(_ index: Int) -> [Float] {
        (0..<rows).map { storage[$0 * columns + index] }
    }

    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        storage.withUnsafeBufferPointer { source in
            result.storage.withUnsafeMutableBufferPointer { target in
                MatrixProduct.transpose(source.baseAddress!, rows: rows, columns: columns, into: target.baseAddress!)
            }
        }
        return result
    }

    /// self · other.
    public func multiplied(by other: Matrix) -> Matrix {
        precondition(columns == other.rows, "inner dimensions must agree")
        var result = Matrix(rows: rows, columns: other.columns)
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                result.storage.withUnsafeMutableBufferPointer { c in
                    MatrixProduct.multiply(a.baseAddress!, b.baseAddress!, into: c.baseAddress!, m: rows, k: columns, n: other.columns)
                }
            }
        }
        return result
    }
}
