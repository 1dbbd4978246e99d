import SwiftSyntax

/// How a message names a construct that experiment blocks do not support.
enum UnsupportedSyntax {
    static func name(of node: Syntax) -> String {
        switch node.kind {
        case .classDecl: "classes"
        case .structDecl: "structs"
        case .enumDecl: "enums"
        case .protocolDecl: "protocols"
        case .extensionDecl: "extensions"
        case .actorDecl: "actors"
        case .typeAliasDecl: "type aliases"
        case .genericParameterClause, .genericArgumentClause: "generics"
        case .tryExpr: "'try' expressions"
        case .awaitExpr: "'await' expressions"
        case .switchExpr: "'switch' statements"
        case .guardStmt: "'guard' statements"
        case .repeatStmt: "'repeat' loops"
        case .deferStmt: "'defer' statements"
        case .doStmt: "'do' statements"
        case .throwStmt: "'throw' statements"
        case .nilLiteralExpr, .optionalChainingExpr, .forceUnwrapExpr, .optionalType: "optionals"
        case .asExpr, .isExpr: "type casts"
        case .macroExpansionExpr, .macroExpansionDecl: "macros"
        case .regexLiteralExpr: "regular expressions"
        case .keyPathExpr: "key paths"
        case .ifExpr: "'if' expressions"
        default: words(of: "\(node.kind)")
        }
    }

    /// `forceUnwrapExpr` → "force unwrap expressions".
    private static func words(of kind: String) -> String {
        var words = ""
        for character in kind {
            if character.isUppercase { words += " " }
            words += character.lowercased()
        }
        let replacements = [" expr": " expressions", " stmt": " statements", " decl": " declarations"]
        for (suffix, replacement) in replacements where words.hasSuffix(suffix) {
            return String(words.dropLast(suffix.count)) + replacement
        }
        return words + " syntax"
    }
}
