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

    @Test func fillSetsOnlyItsRange() {
        let buffer = AlignedDoubles(repeating: 0, count: 10)
        buffer.fill(2, from: 3, count: 4)
        buffer[9] = -1
        #expect((0..<10).map { buffer[$0] } == [0, 0, 0, 2, 2, 2, 2, 0, 0, -1])
    }
}
