/// Viridis (van der Walt and Smith, matplotlib 2015): perceptually uniform, readable in
/// greyscale and by the common forms of colour blindness, and dark at one end and light at
/// the other, so it reads on a light page and a dark one. Ten evenly spaced stops of the
/// published map, interpolated linearly between them.
enum SequentialPalette {
    static let stops: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x48, 0x28, 0x78), (0x3E, 0x4A, 0x89), (0x31, 0x68, 0x8E), (0x26, 0x82, 0x8E),
        (0x1F, 0x9E, 0x89), (0x35, 0xB7, 0x79), (0x6D, 0xCD, 0x59), (0xB4, 0xDE, 0x2C), (0xFD, 0xE7, 0x25),
    ]

    /// The colour at t in [0, 1], low values dark purple, high values yellow.
    static func rgb(_ t: Double) -> (UInt8, UInt8, UInt8) {
        let position = min(max(t.isFinite ? t : 0, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        let f = position - Double(index)
        let (a, b) = (stops[index], stops[index + 1])
        func mix(_ x: Double, _ y: Double) -> UInt8 { UInt8((x + (y - x) * f).rounded()) }
        return (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
    }

    /// As a CSS colour, for the colour bar.
    static func hex(_ t: Double) -> String {
        let (r, g, b) = rgb(t)
        return "#" + [r, g, b].map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }
}
