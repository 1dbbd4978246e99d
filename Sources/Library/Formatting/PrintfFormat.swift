#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Interpreter

/// C's printf formats for `String(format:)`. Each conversion is handed to the C library's
/// `vsnprintf`, which rounds exactly and, in the C locale every program starts in, writes a
/// point as the decimal mark on every machine. Writing our own float formatting would only
/// add places to get rounding wrong.
struct PrintfFormat {
    private enum Piece {
        case text(String)
        case conversion(spec: String, kind: Character)
    }

    private let pieces: [Piece]

    init(_ format: String) throws {
        var pieces: [Piece] = []
        var text = ""
        var characters = format[...]
        while let character = characters.popFirst() {
            guard character == "%" else { text.append(character); continue }
            if characters.first == "%" {
                characters.removeFirst()
                text.append("%")
                continue
            }
            // Flags, width and precision, then the conversion letter.
            let modifiers = characters.prefix { "-+ #0123456789.".contains($0) }
            characters = characters.dropFirst(modifiers.count)
            guard let kind = characters.popFirst(), "dieEfFgGsx".contains(kind), modifiers.filter({ $0 == "." }).count <= 1 else {
                throw BuiltinError(.badFormat(format), argument: 0)
            }
            if !text.isEmpty { pieces.append(.text(text)); text = "" }
            pieces.append(.conversion(spec: "%" + modifiers, kind: kind))
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    func format(_ arguments: [Value]) throws -> String {
        let conversions = pieces.filter { if case .conversion = $0 { true } else { false } }.count
        guard conversions == arguments.count else { throw BuiltinError(.formatArgumentCount(conversions, arguments.count)) }
        var remaining = arguments[...]
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                result += text
            case .conversion(let spec, let kind):
                result += try convert(remaining.removeFirst(), spec: spec, kind: kind)
            }
        }
        return result
    }

    private func convert(_ value: Value, spec: String, kind: Character) throws -> String {
        switch (kind, value) {
        case ("d", .int(let n)), ("i", .int(let n)), ("x", .int(let n)):
            return Self.c(spec + "ll" + String(kind), [Int64(n)])
        case (_, .double(let x)) where "eEfFgG".contains(kind):
            return Self.c(spec + String(kind), [x])
        case (_, .int(let n)) where "eEfFgG".contains(kind):
            return Self.c(spec + String(kind), [Double(n)])
        case ("s", _):
            return Self.pad(value.printed, spec: spec)
        default:
            throw BuiltinError(.formatMismatch("%" + String(kind), value.type.description))
        }
    }

    private static func c(_ format: String, _ arguments: [any CVarArg]) -> String {
        withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 512)
            let written = Int(vsnprintf(&buffer, buffer.count, format, list))
            if written >= buffer.count {
                buffer = [CChar](repeating: 0, count: written + 1)
                _ = withVaList(arguments) { vsnprintf(&buffer, buffer.count, format, $0) }
            }
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// `%10s` and `%-10s`, counted in characters rather than C's bytes.
    private static func pad(_ text: String, spec: String) -> String {
        let width = Int(spec.filter(\.isNumber)) ?? 0
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return spec.contains("-") ? text + padding : padding + text
    }
}
