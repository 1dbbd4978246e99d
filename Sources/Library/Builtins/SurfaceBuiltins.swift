import Engine
import Interpreter

/// The built-in surfaces of the lessons on minima and saddles, as functions blocks can call,
/// plot, differentiate and descend.
enum SurfaceBuiltins {
    static let topic = "Surfaces"

    static var all: [Builtin] {
        Surface.allCases.map { surface in
            let names = surface.dimension == 1 ? ["x"] : ["x", "y"]
            let known = surface.criticalPoints.map { point, kind in
                "\(kind.rawValue) at " + (point.count == 1 ? "\(point[0])" : "(\(point[0]), \(point[1]))")
            }
            return Builtin(
                surface.rawValue, parameters: names.map { Parameter(nil, $0, .double) }, returns: .double, topic: topic,
                doc: "f = \(surface.formulaText); known critical points: \(known.joined(separator: "; ")).",
                example: surface.dimension == 1 ? "\(surface.rawValue)(1.0)" : "\(surface.rawValue)(1.0, 0.5)"
            ) { call in
                if let traced = try Traced.formula(surface.formula, Array(call.arguments)) { return traced }
                return .double(surface.value(try (0..<surface.dimension).map { try call.double($0) }))
            }
        }
    }
}
