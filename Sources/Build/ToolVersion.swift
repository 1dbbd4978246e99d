/// The version of `lessons`: in `lessons --version`, each page's footer and `build.json`.
/// Runs depend on it (a new engine can draw a chart differently), so the cache does too.
public enum ToolVersion {
    public static let current = "0.8.0"
}
