/// The TeX commands that math in lessons may use, each with what it becomes. The set
/// covers every formula of the course notes: Greek letters, operators and relations,
/// functions, fonts, accents, spacing, fences and environments.
enum TeXVocabulary {
    /// Greek letters. Lower case are variables (italic); capitals are upright, as TeX sets them.
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Symbols that are ordinary letters rather than operators.
    static let ordinary: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "ell": "ℓ", "hbar": "ℏ", "emptyset": "∅", "forall": "∀",
        "exists": "∃", "top": "⊤", "bot": "⊥", "aleph": "ℵ", "Re": "ℜ", "Im": "ℑ",
    ]

    /// Operators, relations, arrows and punctuation.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆", "circ": "∘",
        "bullet": "∙", "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "cup": "∪", "cap": "∩", "setminus": "∖",
        "wedge": "∧", "land": "∧", "vee": "∨", "lor": "∨", "neg": "¬", "lnot": "¬",
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "approx": "≈", "sim": "∼",
        "simeq": "≃", "cong": "≅", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫", "in": "∈", "notin": "∉",
        "ni": "∋", "subset": "⊂", "supset": "⊃", "subseteq": "⊆", "supseteq": "⊇", "perp": "⊥", "mid": "∣",
        "parallel": "∥", "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹", "iff": "⟺", "mapsto": "↦",
        "uparrow": "↑", "downarrow": "↓", "ldots": "…", "dots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱",
        "prime": "′", "colon": ":", "vert": "|", "Vert": "‖", "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖",
        "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
        "lbrace": "{", "rbrace": "}",
    ]

    /// Large operators: their limits go under and over them in display (∫'s stay at the side).
    static let largeOperators: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "int": "∫", "iint": "∬", "oint": "∮",
    ]

    /// Named functions, set upright; those in `functionsWithLimits` take limits like ∑.
    static let functions: Set<String> = [
        "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "coth", "arcsin", "arccos", "arctan",
        "exp", "log", "ln", "lg", "det", "dim", "ker", "deg", "gcd", "Pr", "arg", "max", "min", "sup", "inf",
        "lim", "liminf", "limsup", "argmax", "argmin",
    ]
    static let functionsWithLimits: Set<String> = ["max", "min", "sup", "inf", "lim", "liminf", "limsup", "argmax", "argmin", "det", "gcd", "Pr"]

    /// Accents over their argument.
    static let accents: [String: String] = [
        "hat": "^", "widehat": "^", "bar": "¯", "overline": "¯", "tilde": "~", "widetilde": "~", "vec": "→",
        "dot": "˙", "ddot": "¨", "check": "ˇ", "breve": "˘", "acute": "´", "grave": "`",
    ]

    /// Horizontal spaces, in em.
    static let spaces: [String: Double] = [
        ",": 0.1667, ":": 0.2222, ">": 0.2222, ";": 0.2778, " ": 0.25, "quad": 1, "qquad": 2, "!": 0,
        "thinspace": 0.1667, "medspace": 0.2222, "thickspace": 0.2778, "enspace": 0.5,
    ]

    /// Characters a backslash makes literal.
    static let escapes: [String: String] = ["{": "{", "}": "}", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_", "|": "‖"]

    /// Fonts over letters (and, for some, digits), as Unicode's mathematical alphanumerics:
    /// MathML Core draws these characters rather than a `mathvariant` attribute.
    enum Font: String, CaseIterable {
        case mathbb, mathbf, mathrm, mathit, mathcal, mathsf, boldsymbol, mathfrak

        /// The character `c` in this font, or nil to set it upright as it is.
        func map(_ c: Character) -> String? {
            guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1, scalar.isASCII else { return nil }
            let v = scalar.value
            let (upper, lower, digit): (UInt32?, UInt32?, UInt32?)
            switch self {
            case .mathrm: return nil
            case .mathbf: (upper, lower, digit) = (0x1D400, 0x1D41A, 0x1D7CE)
            case .mathit: (upper, lower, digit) = (0x1D434, 0x1D44E, nil)
            case .boldsymbol: (upper, lower, digit) = (0x1D468, 0x1D482, 0x1D7CE)
            case .mathcal: (upper, lower, digit) = (0x1D49C, 0x1D4B6, nil)
            case .mathbb: (upper, lower, digit) = (0x1D538, 0x1D552, 0x1D7D8)
            case .mathsf: (upper, lower, digit) = (0x1D5A0, 0x1D5BA, 0x1D7E2)
            case .mathfrak: (upper, lower, digit) = (0x1D504, 0x1D51E, nil)
            }
            if let exception = Self.exceptions[self]?[c] { return String(exception) }
            let code: UInt32?
            switch v {
            case 65...90: code = upper.map { $0 + v - 65 }
            case 97...122: code = lower.map { $0 + v - 97 }
            case 48...57: code = digit.map { $0 + v - 48 }
            default: code = nil
            }
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }

        /// Letters that Unicode had before the mathematical block, whose slots there are empty.
        private static let exceptions: [Font: [Character: Character]] = [
            .mathbb: ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
            .mathit: ["h": "ℎ"],
            .mathcal: ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"],
            .mathfrak: ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        ]
    }

    /// Environments: their fences, and whether cells align left.
    static let environments: [String: (open: String, close: String, alignLeft: Bool)] = [
        "matrix": ("", "", false), "pmatrix": ("(", ")", false), "bmatrix": ("[", "]", false),
        "Bmatrix": ("{", "}", false), "vmatrix": ("|", "|", false), "Vmatrix": ("‖", "‖", false),
        "cases": ("{", "", true), "aligned": ("", "", true), "array": ("", "", false),
    ]

    /// Fences `\left` and `\right` accept, by how they are written after the command.
    static let fences: [String: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", ".": "", "\\{": "{", "\\}": "}", "\\|": "‖",
        "\\langle": "⟨", "\\rangle": "⟩", "\\lvert": "|", "\\rvert": "|", "\\lVert": "‖", "\\rVert": "‖",
        "\\vert": "|", "\\Vert": "‖", "\\lfloor": "⌊", "\\rfloor": "⌋", "\\lceil": "⌈", "\\rceil": "⌉",
        "\\lbrace": "{", "\\rbrace": "}",
    ]

    /// Delimiter sizes, in em, as KaTeX draws them: `\big(` … `\Bigg(`, with or without l/r/m.
    static let delimiterSizes: [String: Double] = {
        var sizes: [String: Double] = [:]
        for (name, em) in [("big", 1.2), ("Big", 1.623), ("bigg", 2.047), ("Bigg", 2.470)] {
            for suffix in ["", "l", "r", "m"] { sizes[name + suffix] = em }
        }
        return sizes
    }()

    /// Every command name, for "did you mean …?".
    static var commandNames: Set<String> {
        var names = Set(greek.keys).union(ordinary.keys).union(operators.keys).union(largeOperators.keys)
            .union(functions).union(accents.keys).union(spaces.keys).union(Font.allCases.map(\.rawValue)).union(delimiterSizes.keys)
        names.formUnion(["frac", "dfrac", "tfrac", "sqrt", "text", "mathrm", "operatorname", "left", "right", "begin", "end"])
        return names
    }
}
