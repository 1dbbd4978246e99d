import Engine
import Testing

@Suite struct GridTests {
    @Test func endpointsAreExactAndTheCountIsKept() {
        let grid = Grid.linspace(-10, 10, count: 2001)
        #expect(grid.count == 2001)
        #expect(grid.first == -10)
        #expect(grid.last == 10)
        #expect(grid[1000] == 0)
        #expect(grid[1] == -9.99)
    }

    @Test func spacingIsEven() {
        let grid = Grid.linspace(0, 1, count: 5)
        #expect(grid == [0, 0.25, 0.5, 0.75, 1])
    }

    @Test func degenerateCounts() {
        #expect(Grid.linspace(3, 7, count: 1) == [3])
        #expect(Grid.linspace(3, 7, count: 0) == [])
        #expect(Grid.linspace(2, 2, count: 3) == [2, 2, 2])
    }
}
