#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's elementary functions under names no enum case can shadow: inside
/// `Activation` or `UnaryPrimitive`, a bare `tanh(x)` would call the case `.tanh` itself.
enum LibM {
    @inline(__always) static func exp(_ x: Double) -> Double { cExp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { cLog(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { cSin(x) }
    @inline(__always) static func cos(_ x: Double) -> Double { cCos(x) }
    @inline(__always) static func tanh(_ x: Double) -> Double { cTanh(x) }
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
    @inline(__always) static func expm1(_ x: Double) -> Double { cExpm1(x) }
    @inline(__always) static func log1p(_ x: Double) -> Double { cLog1p(x) }
    @inline(__always) static func erf(_ x: Double) -> Double { cErf(x) }
}

// At file scope these names can only mean libm's.
@inline(__always) private func cExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func cLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func cSin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func cCos(_ x: Double) -> Double { cos(x) }
@inline(__always) private func cTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
@inline(__always) private func cExpm1(_ x: Double) -> Double { expm1(x) }
@inline(__always) private func cLog1p(_ x: Double) -> Double { log1p(x) }
@inline(__always) private func cErf(_ x: Double) -> Double { erf(x) }
