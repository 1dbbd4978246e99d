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
        while k < count {
            let bits = random.next()
            mask[k] = bits & 0xFFFF_FFFF < threshold ? kept : 0
            if k + 1 < count { mask[k + 1] = bits >> 32 < threshold ? kept : 0 }
            k += 2
        }
    }
}
