import Foundation

/// The lesson `lessons new` writes: front matter, an introduction to replace, a first
/// experiment with a check, and the closing sections every lesson of the course has. Each
/// placeholder says what belongs there, so the file teaches its own shape.
public enum LessonTemplate {
    /// The file name for a title: lowercase ASCII words joined by hyphens, accents folded
    /// (`"Learning-rate schedules"` → `learning-rate-schedules.md`); nil when the title has
    /// no letter or digit to name a file by.
    public static func fileName(for title: String) -> String? {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        guard !words.isEmpty else { return nil }
        return words.joined(separator: "-") + ".md"
    }

    /// The lesson's text.
    public static func text(title: String) -> String {
        """
        ---
        title: \(quoted(title))
        summary: >-
          One or two sentences that say what the reader will be able to do after this lesson.
        objectives:
          - The first thing the reader will be able to do.
        seed: 1
        ---

        Say in words what this lesson is about and why it matters, before any code. Introduce
        every term before using it: the reader knows only what earlier lessons taught.

        ## A first experiment

        A `swift experiment` block runs when the course is built, and the page shows what it
        printed, plotted and checked. A `check` is a claim the text makes: the build proves it,
        or fails and says where.

        ```swift experiment
        let f = { (x: Double) in x * x }
        print("f'(3) =", f.derivative(3))
        check(f.derivative(3) == 6, "the slope of x² at 3 is 6")
        ```

        Say what the output shows, in the reader's words.

        ## Key takeaways

        - The one idea to remember, stated as a fact the experiments showed.

        ## Exercises

        > [!EXERCISE]
        > A question the reader answers by changing the experiment above: where is the slope
        > of x² equal to 10?
        >
        > ```swift experiment
        > //| solution: true
        > check(f.derivative(5) == 10, "the slope of x² is 10 at x = 5")
        > ```
        >
        > The solution folds away until the reader opens it; say in words what it shows.

        """
    }

    /// A YAML double-quoted scalar: only the backslash and the quote need escaping, and
    /// control characters, which a title should not have, are dropped.
    private static func quoted(_ text: String) -> String {
        let escaped = text.unicodeScalars.filter { $0.properties.generalCategory != .control }
            .map { $0 == "\\" ? "\\\\" : $0 == "\"" ? "\\\"" : String($0) }
            .joined()
        return "\"" + escaped + "\""
    }
}
