/// The site's one stylesheet. Its text is a resource of the tool (`style.css`, which the
/// build driver ships beside the pages); the pages only link to it.
enum Stylesheet {
    static let fileName = "style.css"
}
