/// What `lessons/course.yml` says about the whole course.
public struct CourseSettings: Sendable, Hashable {
    public static let fileName = "course.yml"
    public static let defaultTitle = "Course"

    /// A lesson file named in the course's lesson order, and where it is named.
    public struct Entry: Sendable, Hashable {
        public let file: String
        public let location: SourceLocation

        public init(file: String, location: SourceLocation) {
            self.file = file
            self.location = location
        }
    }

    public var title: String
    /// The lessons in course order, or nil to order them by front matter and file name.
    public var lessons: [Entry]?
    /// Limits for every block of the course, which a block's options can raise further.
    public var budget: BudgetSettings

    public init(title: String = CourseSettings.defaultTitle, lessons: [Entry]? = nil, budget: BudgetSettings = BudgetSettings()) {
        self.title = title
        self.lessons = lessons
        self.budget = budget
    }
}
