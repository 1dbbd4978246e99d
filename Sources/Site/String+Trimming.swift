extension String {
    /// Without `byte` (an ASCII character) at either end. By bytes: a page is large, and
    /// walking it by characters once took half of a cached rebuild.
    func trimming(_ byte: UInt8) -> String {
        guard let first = utf8.firstIndex(where: { $0 != byte }), let last = utf8.lastIndex(where: { $0 != byte }) else { return "" }
        return String(self[first...last])
    }
}
