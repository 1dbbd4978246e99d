@testable import Engine
import Testing

@Suite struct AlignedDoublesTests {
    /// Every buffer starts on a cache line, whatever its length, the empty one included.
    @Test(arguments: [0, 1, 7, 8, 255, 256, 2_004_000])
    func buffersStartOnA64ByteBoundary(count: Int) {
        let buffer = AlignedDoubles(repeating: 0.5, count: count)
        #expect(Int(bitPattern: buffer.base) % 64 == 0)
        #expect(buffer.count == count)
        #expect((0..<count).allSatisfy { buffer[$0] == 0.5 })
    }

    /// From 4 MiB on, a buffer starts on a 2 MiB boundary, so that its pages can be huge ones;
    /// below, it does not spend the padding.
    @Test(arguments: [(524_287, false), (524_288, true), (2_004_000, true)])
    func largeBuffersStartOnAHugePageBoundary(count: Int, isLarge: Bool) {
        let buffer = AlignedDoubles(uninitializedCount: count)
        #expect((count * 8 >= AlignedDoubles.largeBytes) == isLarge)
        if isLarge { #expect(Int(bitPattern: buffer.base) % (2 << 20) == 0) }
        buffer.fill(1)
        #expect(buffer[count - 1] == 1)
    }

    @Test func fillSetsOnlyItsRange() {
        let buffer = AlignedDoubles(repeating: 0, count: 10)
        buffer.fill(2, from: 3, count: 4)
        buffer[9] = -1
        #expect((0..<10).map { buffer[$0] } == [0, 0, 0, 2, 2, 2, 2, 0, 0, -1])
    }
}
