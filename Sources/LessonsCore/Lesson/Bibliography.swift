/// The works a course cites, from `lessons/references.yml`, by key. Prose cites them as
/// `[@key]` or `[@key; @other]`; each citing page lists what it cited, numbered in the
/// order of first citation.
public struct Bibliography: Sendable, Hashable {
    public static let fileName = "references.yml"

    /// One work.
    public struct Work: Sendable, Hashable {
        public var key: String
        public var authors: [String]
        public var title: String
        /// Journal, conference or publisher.
        public var venue: String
        public var year: Int
        public var doi: String?
        public var arxiv: String?
        public var url: String?

        public init(key: String, authors: [String], title: String, venue: String, year: Int,
                    doi: String? = nil, arxiv: String? = nil, url: String? = nil) {
            self.key = key
            self.authors = authors
            self.title = title
            self.venue = venue
            self.year = year
            self.doi = doi
            self.arxiv = arxiv
            self.url = url
        }

        /// Where a reader finds it: the DOI's resolver, else arXiv's abstract page, else the URL.
        public var link: String? {
            if let doi { return "https://doi.org/" + doi }
            if let arxiv { return "https://arxiv.org/abs/" + arxiv }
            return url
        }

        /// "Glorot and Bengio", "He et al.": how prose names the authors.
        public var shortAuthors: String {
            let surnames = authors.map { $0.split(separator: " ").last.map(String.init) ?? $0 }
            switch surnames.count {
            case 0: return ""
            case 1: return surnames[0]
            case 2: return "\(surnames[0]) and \(surnames[1])"
            default: return "\(surnames[0]) et al."
            }
        }

        /// "X. Glorot, Y. Bengio" and "A, B and C": the authors as a list gives them.
        public var authorList: String {
            guard authors.count > 1 else { return authors.first ?? "" }
            return authors.dropLast().joined(separator: ", ") + " and " + (authors.last ?? "")
        }
    }

    public var works: [String: Work]

    public init(works: [String: Work] = [:]) {
        self.works = works
    }
}
