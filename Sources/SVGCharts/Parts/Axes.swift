import LessonsCore

/// The axes, ticks, grid lines and axis labels of a chart with two linear scales.
struct Axes {
    let x: Scale
    let y: Scale
    let xLabel: String
    let yLabel: String
    let layout: ChartLayout

    /// Horizontal grid lines at the y ticks, drawn first so data lies on top.
    var grid: Markup {
        let ticks = y.ticks(count: layout.tickCount).map(\.value)
        return SVG.group(class: "grid", ticks.map { value in
            SVG.line(x1: layout.plotLeft, y1: y(value), x2: layout.plotRight, y2: y(value), class: "grid-line")
        })
    }

    var xAxis: Markup {
        let baseline = layout.plotBottom
        let ticks = x.ticks(count: layout.tickCount).map { value, label in
            Markup.fragment([
                SVG.line(x1: x(value), y1: baseline, x2: x(value), y2: baseline + 5, class: "tick"),
                SVG.text(label, x: x(value), y: baseline + 19, class: "tick-label", anchor: "middle"),
            ])
        }
        let label = SVG.text(xLabel, x: (layout.plotLeft + layout.plotRight) / 2, y: layout.height - 10,
                             class: "axis-label", anchor: "middle")
        let domain = SVG.line(x1: layout.plotLeft, y1: baseline, x2: layout.plotRight, y2: baseline, class: "domain")
        return SVG.group(class: "axis x-axis", [domain] + ticks + [label])
    }

    var yAxis: Markup {
        let left = layout.plotLeft
        let ticks = y.ticks(count: layout.tickCount).map { value, label in
            Markup.fragment([
                SVG.line(x1: left - 5, y1: y(value), x2: left, y2: y(value), class: "tick"),
                SVG.text(label, x: left - 8, y: y(value) + 4, class: "tick-label", anchor: "end"),
            ])
        }
        let middle = (layout.plotTop + layout.plotBottom) / 2
        let label = Markup.tag("text", [
            "class": "axis-label", "x": SVG.number(-middle), "y": "16", "transform": "rotate(-90)", "text-anchor": "middle",
        ], text: yLabel)
        let domain = SVG.line(x1: left, y1: layout.plotTop, x2: left, y2: layout.plotBottom, class: "domain")
        return SVG.group(class: "axis y-axis", [domain] + ticks + [label])
    }
}
