/// The masks of dropout and DropConnect: each entry is kept with probability 1 − rate and
/// then holds 1/(1 − rate), or is dropped and holds 0, so a masked sum keeps its expectation.
enum DropMask {
    /// Fills `count` entries from `random`. Each 64-bit draw decides two entries by its two
    /// 32-bit halves, against a threshold of keep · 2³², so the keep probability is exact
    /// to 2⁻³², and a mask costs half a draw per entry.
    static func fill(_ mask: UnsafeMutablePointer<Float>, count: Int, dropping rate: Double, random: inout RandomSource) {
        let keep = 1 - rate
        let threshold = UInt64((keep * 4_294_967_296).rounded(.down))
        let kept = Float(1 / keep)
        var k = 0
        // Sixteen entries from eight draws at a time (a DropConnect mask is an entry per weight
        // per example: drawn one at a time, it was half of training such a network). Eight
        // draws seen as sixteen 32-bit halves are the halves in entry order, low half first
        // (little-endian, as x86-64 and arm64 are; `masksAreTheDrawsInTurn` would say otherwise);
        // flipping their top bits makes the unsigned comparison a signed one, one instruction.
        if threshold <= UInt64(UInt32.max) {
            let limit = SIMD16<Int32>(repeating: Int32(bitPattern: UInt32(threshold) ^ 0x8000_0000))
            while k + 16 <= count {
                let halves = unsafeBitCast(random.nextEight(), to: SIMD16<Int32>.self) ^ Int32(bitPattern: 0x8000_0000)
                MatrixProduct.store(FloatLanes.Vector(repeating: 0).replacing(with: kept, where: halves .< limit), mask + k)
                k += 16
            }
        }
        while k < count {
            let bits = random.next()
            mask[k] = bits & 0xFFFF_FFFF < threshold ? kept : 0
            if k + 1 < count { mask[k + 1] = bits >> 32 < threshold ? kept : 0 }
            k += 2
        }
    }
}
