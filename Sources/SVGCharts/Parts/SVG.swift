import LessonsCore

/// Small builders for SVG markup. Every number goes through `NumberFormat`, so charts are
/// byte-identical everywhere.
enum SVG {
    /// Coordinates are written to 0.01 of a unit: finer than any screen shows.
    static func number(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: 2)
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) -> Markup {
        .tag("line", ["class": name, "x1": number(x1), "y1": number(y1), "x2": number(x2), "y2": number(y2)])
    }

    static func text(_ content: String, x: Double, y: Double, class name: String, anchor: String) -> Markup {
        .tag("text", ["class": name, "x": number(x), "y": number(y), "text-anchor": anchor], text: content)
    }

    /// A group whose children each sit on their own line of the file, clipped to the plot
    /// area when `clip` names its clip path.
    static func group(class name: String, _ children: [Markup], clip: String? = nil) -> Markup {
        var attributes = [Attribute("class", name)]
        if let clip { attributes.append(Attribute("clip-path", "url(#\(clip))")) }
        return .element(name: "g", attributes: attributes, children: [.newline] + children.flatMap { [$0, .newline] })
    }

    /// Path data through `points`, lifting the pen across any gap (a non-finite point).
    static func pathData(_ points: [(x: Double, y: Double)?], decimals: Int = 2) -> String {
        var data = ""
        var penDown = false
        for point in points {
            guard let point else {
                penDown = false
                continue
            }
            data += (penDown ? "L" : (data.isEmpty ? "M" : " M"))
                + NumberFormat.fixed(point.x, decimals: decimals) + " " + NumberFormat.fixed(point.y, decimals: decimals)
            penDown = true
        }
        return data
    }
}
