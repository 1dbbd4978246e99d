import LessonsCore

/// Everything a link in the course may point at: each page and the anchors on it, each
/// figure with its number (Figure 3.2: the third lesson's second figure) and each section
/// with its own (Section 3.2: the third lesson's second `##` heading).
struct CourseTargets {
    struct Target: Equatable {
        /// What the reader sees: "Figure 3.2", "Section 3.2".
        let label: String
        let file: String
        let anchor: String
        /// Where the target is declared, for messages about duplicates.
        let location: SourceLocation
    }

    /// Figures by their block's `id`.
    private(set) var figures: [String: Target] = [:]
    /// Sections by their heading's anchor; the same anchor may be on several pages.
    private(set) var sections: [String: [Target]] = [:]
    /// Every page of the site and the ids on it.
    private(set) var pages: [String: Set<String>] = [:]
    /// Where each block id is declared.
    private var blockIDs: [String: SourceLocation] = [:]
    /// Ids that two blocks of the course both claim.
    private(set) var duplicates: [(id: String, first: SourceLocation, second: SourceLocation)] = []

    /// - Parameter lessons: each lesson as written, with its anchors and figure numbers.
    init(lessons: [(lesson: Lesson, anchors: HeadingAnchors, figures: FigureNumbering)], referenceIDs: Set<String>, otherFiles: [String]) {
        for (index, entry) in lessons.enumerated() {
            add(entry.lesson, anchors: entry.anchors, numbering: entry.figures, number: index + 1)
        }
        pages["index.html"] = []
        pages[ReferencePage.fileName] = referenceIDs
        for file in otherFiles where pages[file] == nil { pages[file] = [] }
    }

    private mutating func add(_ lesson: Lesson, anchors: HeadingAnchors, numbering: FigureNumbering, number: Int) {
        let file = LessonPage.fileName(of: lesson)
        var ids = Set(anchors.anchors)
        for (position, section) in anchors.sections.filter({ $0.level == 2 }).enumerated() {
            sections[section.anchor, default: []].append(
                Target(label: "Section \(number).\(position + 1)", file: file, anchor: section.anchor, location: lesson.source.start))
        }
        for block in lesson.experiments {
            let count = numbering.count(block.index)
            for variant in 0..<numbering.variantCount(block.index) {
                ids.formUnion((0..<count).map { FigureNumbering.figureID(block: block, figure: $0, variant: variant) })
            }
            guard let id = block.options.id else { continue }
            ids.insert(id)
            let location = block.range.start
            if let earlier = blockIDs[id] {
                duplicates.append((id, earlier, location))
                continue
            }
            blockIDs[id] = location
            if count > 0 {
                figures[id] = Target(label: "Figure \(number).\(numbering.first(block.index))", file: file, anchor: id, location: location)
            }
        }
        pages[file] = ids
    }
}

/// Figures are numbered through a lesson in the order its blocks drew them.
struct FigureNumbering {
    /// For each block, the number of its first figure, and how many it drew.
    private var firsts: [Int] = []
    private var counts: [Int] = []

    /// For each block, how many variants it ran (1 unless it is swept).
    private var variants: [Int] = []

    /// A swept block's figures are numbered once: each variant's first figure is the same
    /// figure, for another value.
    init(lesson: Lesson, run: LessonRun) {
        var next = 1
        for index in lesson.experiments.indices {
            let block = run.blocks.indices.contains(index) ? run.blocks[index] : nil
            let outputs = block.map { $0.variants.isEmpty ? [$0.outputs] : $0.variants.map(\.outputs) } ?? []
            let count = outputs.map { $0.filter { if case .figure = $0 { true } else { false } }.count }.max() ?? 0
            firsts.append(next)
            counts.append(count)
            variants.append(max(1, outputs.count))
            next += count
        }
    }

    func variantCount(_ block: Int) -> Int { variants.indices.contains(block) ? variants[block] : 1 }

    func first(_ block: Int) -> Int { firsts.indices.contains(block) ? firsts[block] : 1 }
    func count(_ block: Int) -> Int { counts.indices.contains(block) ? counts[block] : 0 }

    /// The id of a block's figure (from 0): the block's own `id` names its first figure, so
    /// that a link to it shows the chart; the others are numbered. A swept block's first
    /// variant has these ids; each other variant's figures add its number (`-v2`).
    static func figureID(block: ExperimentBlock, figure: Int, variant: Int = 0) -> String {
        let base = figure == 0 ? block.options.id ?? "figure-\(block.index + 1)-1" : "figure-\(block.index + 1)-\(figure + 1)"
        return variant == 0 ? base : base + "-v\(variant + 1)"
    }
}
