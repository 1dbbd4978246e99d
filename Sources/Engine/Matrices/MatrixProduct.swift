/// Matrix products for this CPU: `SIMD16<Float>` with a 4 × 32 register block, so each
/// loaded row of B feeds eight vector accumulators. Every step is a fused multiply-add:
/// measured here at 256 × 256 × 256, separate multiplies and adds ran at 79 GFLOP/s and
/// fused ones at 110, against OpenBLAS's 103 (`bench/networks 21 matmul`). A fused
/// multiply-add rounds once, exactly, so the bits are the same on any machine; a portable
/// build (LESSONS_PORTABLE=1, no FMA instruction) computes it in software, slowly, to the
/// same bits. Every element of C is the chain of fused multiply-adds over p = 0, 1, … in
/// that order, whichever kernel computes it, so the result does not depend on the shape.
enum MatrixProduct {
    typealias Vector = SIMD16<Float>

    /// Where an operand's elements are: (row, column) at base + row · rowStride + column ·
    /// columnStride. A transposed operand is the stored matrix with its strides swapped, so
    /// backpropagation multiplies by Aᵀ and Wᵀ without copying them.
    struct Operand {
        let base: UnsafePointer<Float>
        let rowStride: Int
        let columnStride: Int

        /// A dense row-major matrix with `columns` columns.
        static func rows(_ base: UnsafePointer<Float>, columns: Int) -> Operand {
            Operand(base: base, rowStride: columns, columnStride: 1)
        }

        /// The transpose of a dense row-major matrix that has `columns` columns as stored.
        static func transposed(_ base: UnsafePointer<Float>, storedColumns columns: Int) -> Operand {
            Operand(base: base, rowStride: 1, columnStride: columns)
        }

        /// This operand's transpose: the same elements, the strides swapped.
        var transposed: Operand { Operand(base: base, rowStride: columnStride, columnStride: rowStride) }
    }

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
    }

    @inline(__always)
    static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    /// Depth of a block of the inner dimension: a 32-column panel of B that deep is 32 KB,
    /// which stays in the L1 cache while every row block of A passes over it.
    static let depth = 256

    /// B's rows this close together (in floats) are read where they are: at 64 floats the
    /// rows of a panel spread over sixteen L1 sets, enough for a depth of 256, and copying
    /// them cost a tenth of training a 64-unit network.
    static let directStride = 64

    /// c (m × n, dense row-major) = a (m × k) · b (k × n). The loops go depth block, then
    /// column panel, then row block. Each panel of B is first copied into a dense buffer,
    /// zero-padded to 16 or 32 columns, unless B's rows are full and close together: B's
    /// rows may be far apart or (transposed) not rows at all, and for n = 256 the stride
    /// maps every row onto the same few L1 sets, which halved the speed. A later depth
    /// block resumes the sums from C.
    ///
    /// With a `bias` of n numbers, c = a · b + bias, the bias added to each row of the finished
    /// product as it is stored (the bits of adding it afterwards, without another pass).
    /// A caller that multiplies often passes a `workspace` of `workspaceCount` floats;
    /// without one, each product allocates its own.
    static func multiply(
        _ a: Operand, _ b: Operand, into c: UnsafeMutablePointer<Float>, m: Int, k: Int, n: Int, adding bias: UnsafePointer<Float>? = nil,
        workspace: UnsafeMutablePointer<Float>? = nil
    ) {
        guard k > 0 else {
            c.update(repeating: 0, count: m * n)
            if let bias { for i in 0..<m { FloatLanes.add(n, bias, into: c + i * n) } }
            return
        }
        guard n <= narrowest, m >= 16 else { return multiplyInPanels(a, b, into: c, m: m, k: k, n: n, adding: bias, workspace: workspace) }
        // A few columns (a network's output layer of two units) would fill a sixteen-wide
        // panel mostly with zeros: Cᵀ = Bᵀ·Aᵀ puts C's many rows across the panel instead.
        // Each element is the same chain of fused multiply-adds, operands swapped, so the
        // bits do not change.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: n * m) { buffer in
            let transposed = buffer.baseAddress!
            multiplyInPanels(b.transposed, a.transposed, into: transposed, m: n, k: k, n: m, adding: nil, workspace: workspace)
            for i in 0..<m {
                for j in 0..<n { c[i * n + j] = bias.map { transposed[j * m + i] + $0[j] } ?? transposed[j * m + i] }
            }
        }
    }

    /// Products with at most this many columns are computed transposed: a two-unit output
    /// layer's forward product and its weight gradient took an eighth of the kernel's time
    /// in padded panels.
    static let narrowest = 8

    /// The floats of scratch a product packs B's panels into. Too large for the stack, a
    /// workspace of its own was a call of `malloc` and `free` per product: a fiftieth of
    /// training a small network.
    static let workspaceCount = depth * 32

    private static func multiplyInPanels(
        _ a: Operand, _ b: Operand, into c: UnsafeMutablePointer<Float>, m: Int, k: Int, n: Int, adding bias: UnsafePointer<Float>?,
        workspace: UnsafeMutablePointer<Float>?
    ) {
        guard let panel = workspace else {
            return withUnsafeTemporaryAllocation(of: Float.self, capacity: workspaceCount) { buffer in
                multiplyInPanels(a, b, into: c, m: m, k: k, n: n, adding: bias, workspace: buffer.baseAddress!)
            }
        }
        for p0 in stride(from: 0, to: k, by: depth) {
            let p1 = min(p0 + depth, k)
            for j in stride(from: 0, to: n, by: 32) {
                let columns = min(32, n - j)
                let width = columns > 16 ? 32 : 16
                // The bias goes in with the last depth block, after the whole sum.
                let panelBias = p1 == k ? bias.map { $0 + j } : nil
                let inPlace = b.columnStride == 1 && b.rowStride <= directStride && columns == width
                if !inPlace { pack(b, rows: p0..<p1, columns: j..<j + columns, width: width, into: panel) }
                let tile = Tile(a: a, panel: inPlace ? b.base + p0 * b.rowStride + j : UnsafePointer(panel),
                                panelStride: inPlace ? b.rowStride : width, p0: p0, p1: p1, n: n, columns: columns, bias: panelBias)
                for i in stride(from: 0, to: m, by: 4) {
                    let rows = min(4, m - i)
                    if width == 32 { tile.rows4(i, c + i * n + j, rows: rows) } else { tile.rows4narrow(i, c + i * n + j, rows: rows) }
                }
            }
        }
    }

    /// c (m × n) = a (m × k) · b (k × n), all dense row-major.
    static func multiply(
        _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into c: UnsafeMutablePointer<Float>, m: Int, k: Int, n: Int
    ) {
        multiply(.rows(a, columns: k), .rows(b, columns: n), into: c, m: m, k: k, n: n)
    }

    /// The panel: B's rows p0..<p1 restricted to the columns, one after another, each row
    /// `width` floats with zeros after the last column.
    private static func pack(_ b: Operand, rows: Range<Int>, columns: Range<Int>, width: Int, into panel: UnsafeMutablePointer<Float>) {
        let blocked = b.rowStride == 1
            ? packTransposedBlocks(b, rows: rows, columns: columns, width: width, into: panel) : (rows: 0, columns: 0)
        // Rows whose every column the blocks wrote need nothing more.
        let done = blocked.columns >= width ? blocked.rows : 0
        for p in rows.dropFirst(done) {
            let row = p - rows.lowerBound
            // What the sixteen-square blocks wrote: their columns, in their rows.
            let first = row < blocked.rows ? blocked.columns : 0
            guard first < width else { continue }
            let target = panel + row * width
            var source = b.base + p * b.rowStride + (columns.lowerBound + first) * b.columnStride
            if b.columnStride == 1 {
                (target + first).update(from: source, count: columns.count - first)
            } else {
                for jj in first..<columns.count {
                    target[jj] = source.pointee
                    source += b.columnStride
                }
            }
            for jj in columns.count..<width { target[jj] = 0 }
        }
    }

    /// The panel of a transposed matrix, whose columns are stored rows, in blocks of 16 × 16
    /// moved by register transposes: gathering it an element at a time down a stride was
    /// the largest cost of training after the kernel. Returns how many rows and columns
    /// the blocks covered; `pack` fills in the rest.
    private static func packTransposedBlocks(
        _ b: Operand, rows: Range<Int>, columns: Range<Int>, width: Int, into panel: UnsafeMutablePointer<Float>
    ) -> (rows: Int, columns: Int) {
        let (fullRows, fullColumns) = (rows.count / 16 * 16, columns.count / 16 * 16)
        for row in stride(from: 0, to: fullRows, by: 16) {
            for column in stride(from: 0, to: fullColumns, by: 16) {
                let source = b.base + (rows.lowerBound + row) + (columns.lowerBound + column) * b.columnStride
                transpose16(source, stride: b.columnStride, into: panel + row * width + column, stride: width)
            }
        }
        return (fullRows, fullColumns)
    }

    /// Writes the transpose of the 16 × 16 block at `source` (rows `sourceStride` apart) to
    /// `target`. Four rounds of unzipping pairs of rows, each taking the even then the odd
    /// lanes of two rows side by side, move element (r, c) to (c, r): each round rotates
    /// the element's 8-bit index (4 row bits, 4 column bits) right by one.
    @inline(__always)
    private static func transpose16(
        _ source: UnsafePointer<Float>, stride sourceStride: Int, into target: UnsafeMutablePointer<Float>, stride targetStride: Int
    ) {
        let s = sourceStride
        var v = (load(source), load(source + s), load(source + 2 * s), load(source + 3 * s),
                 load(source + 4 * s), load(source + 5 * s), load(source + 6 * s), load(source + 7 * s),
                 load(source + 8 * s), load(source + 9 * s), load(source + 10 * s), load(source + 11 * s),
                 load(source + 12 * s), load(source + 13 * s), load(source + 14 * s), load(source + 15 * s))
        for _ in 0..<4 {
            let (e0, o0) = unzip(v.0, v.1), (e1, o1) = unzip(v.2, v.3), (e2, o2) = unzip(v.4, v.5), (e3, o3) = unzip(v.6, v.7)
            let (e4, o4) = unzip(v.8, v.9), (e5, o5) = unzip(v.10, v.11), (e6, o6) = unzip(v.12, v.13), (e7, o7) = unzip(v.14, v.15)
            v = (e0, e1, e2, e3, e4, e5, e6, e7, o0, o1, o2, o3, o4, o5, o6, o7)
        }
        let t = targetStride
        store(v.0, target); store(v.1, target + t); store(v.2, target + 2 * t); store(v.3, target + 3 * t)
        store(v.4, target + 4 * t); store(v.5, target + 5 * t); store(v.6, target + 6 * t); store(v.7, target + 7 * t)
        store(v.8, target + 8 * t); store(v.9, target + 9 * t); store(v.10, target + 10 * t); store(v.11, target + 11 * t)
        store(v.12, target + 12 * t); store(v.13, target + 13 * t); store(v.14, target + 14 * t); store(v.15, target + 15 * t)
    }

    /// The even lanes of a and b side by side, then the odd ones (one two-source permute each).
    @inline(__always)
    private static func unzip(_ a: Vector, _ b: Vector) -> (Vector, Vector) {
        let pair = SIMD32<Float>(lowHalf: a, highHalf: b)
        return (pair.evenHalf, pair.oddHalf)
    }

    /// The kernels for one panel: rows of A against the packed columns, for depths p0..<p1.
    private struct Tile {
        let a: Operand
        let panel: UnsafePointer<Float>
        /// Floats from one row of the panel to the next.
        let panelStride: Int
        let p0: Int, p1: Int
        /// C's row length, and how many of the panel's columns are real.
        let n: Int, columns: Int
        /// Added to each row as it is stored: the panel's part of the bias, in the last depth block.
        let bias: UnsafePointer<Float>?

        /// The running sums of 16 columns from `offset`: zero in the first depth block, C's
        /// partial sums after it. Columns past the real ones start (and stay) unused.
        @inline(__always)
        func start(_ c: UnsafeMutablePointer<Float>, _ offset: Int) -> Vector {
            guard p0 > 0 else { return Vector() }
            if offset + 16 <= columns { return load(c + offset) }
            var v = Vector()
            for lane in 0..<max(0, columns - offset) { v[lane] = c[offset + lane] }
            return v
        }

        @inline(__always)
        func finish(_ v: Vector, _ c: UnsafeMutablePointer<Float>, _ offset: Int) {
            if offset + 16 <= columns { return store(bias.map { v + load($0 + offset) } ?? v, c + offset) }
            for lane in 0..<max(0, columns - offset) { c[offset + lane] = bias.map { v[lane] + $0[offset + lane] } ?? v[lane] }
        }

        /// Where rows 1, 2 and 3 of a block of `rows` start, as multiples of `stride`: a block
        /// of fewer than four rows uses its first row in place of the missing ones (and does
        /// not store them), which keeps eight sums in flight where a row at a time waited on
        /// one chain of multiply-adds.
        @inline(__always)
        func offsets(_ rows: Int, _ stride: Int) -> (Int, Int, Int) {
            (rows > 1 ? stride : 0, rows > 2 ? 2 * stride : 0, rows > 3 ? 3 * stride : 0)
        }

        /// Rows i..<i + rows (at most 4) by 32 columns. Running pointers: index arithmetic
        /// in the loop would carry overflow checks.
        @inline(__always)
        func rows4(_ i: Int, _ c: UnsafeMutablePointer<Float>, rows: Int) {
            let (s1, s2, s3) = offsets(rows, a.rowStride), (n1, n2, n3) = offsets(rows, n)
            var (c00, c01, c10, c11) = (start(c, 0), start(c, 16), start(c + n1, 0), start(c + n1, 16))
            var (c20, c21, c30, c31) = (start(c + n2, 0), start(c + n2, 16), start(c + n3, 0), start(c + n3, 16))
            var row = panel
            var column = a.base + i * a.rowStride + p0 * a.columnStride
            for _ in p0..<p1 {
                let b0 = load(row), b1 = load(row + 16)
                let a0 = Vector(repeating: column[0]), a1 = Vector(repeating: column[s1])
                let a2 = Vector(repeating: column[s2]), a3 = Vector(repeating: column[s3])
                c00 = c00.addingProduct(a0, b0); c01 = c01.addingProduct(a0, b1)
                c10 = c10.addingProduct(a1, b0); c11 = c11.addingProduct(a1, b1)
                c20 = c20.addingProduct(a2, b0); c21 = c21.addingProduct(a2, b1)
                c30 = c30.addingProduct(a3, b0); c31 = c31.addingProduct(a3, b1)
                row += panelStride
                column += a.columnStride
            }
            finish(c00, c, 0); finish(c01, c, 16)
            if rows > 1 { finish(c10, c + n1, 0); finish(c11, c + n1, 16) }
            if rows > 2 { finish(c20, c + n2, 0); finish(c21, c + n2, 16) }
            if rows > 3 { finish(c30, c + n3, 0); finish(c31, c + n3, 16) }
        }

        /// Rows i..<i + rows (at most 4) by 16 columns.
        @inline(__always)
        func rows4narrow(_ i: Int, _ c: UnsafeMutablePointer<Float>, rows: Int) {
            let (s1, s2, s3) = offsets(rows, a.rowStride), (n1, n2, n3) = offsets(rows, n)
            var (c0, c1, c2, c3) = (start(c, 0), start(c + n1, 0), start(c + n2, 0), start(c + n3, 0))
            var row = panel
            var column = a.base + i * a.rowStride + p0 * a.columnStride
            for _ in p0..<p1 {
                let b0 = load(row)
                c0 = c0.addingProduct(Vector(repeating: column[0]), b0)
                c1 = c1.addingProduct(Vector(repeating: column[s1]), b0)
                c2 = c2.addingProduct(Vector(repeating: column[s2]), b0)
                c3 = c3.addingProduct(Vector(repeating: column[s3]), b0)
                row += panelStride
                column += a.columnStride
            }
            finish(c0, c, 0)
            if rows > 1 { finish(c1, c + n1, 0) }
            if rows > 2 { finish(c2, c + n2, 0) }
            if rows > 3 { finish(c3, c + n3, 0) }
        }
    }

    /// target (columns × rows) = sourceᵀ, in blocks of 16 × 16 so both sides stay in cache.
    static func transpose(_ source: UnsafePointer<Float>, rows: Int, columns: Int, into target: UnsafeMutablePointer<Float>) {
        let block = 16
        for i0 in stride(from: 0, to: rows, by: block) {
            for j0 in stride(from: 0, to: columns, by: block) {
                for i in i0..<min(i0 + block, rows) {
                    for j in j0..<min(j0 + block, columns) {
                        target[j * rows + i] = source[i * columns + j]
                    }
                }
            }
        }
    }
}
