/// The site's one script, small and framework-free: the colour-theme toggle, the search box
/// over `search-index.js`, and a copy button on each block of code. Its text is a resource
/// of the tool (`site.js`, which the build driver ships beside the pages); the pages only
/// link to it, and work without it.
enum SiteScript {
    static let fileName = "site.js"
}
