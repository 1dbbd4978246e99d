import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches the lessons folder, and everything in it, for changes: with inotify on Linux,
/// and by comparing the folder's listing every so often elsewhere, or where inotify is out
/// of watches. A burst of changes (an editor writes a temporary file, then renames it)
/// is reported once, when the folder has been quiet for a moment.
///
/// Hidden files and editors' backups (`.x.swp`, `x.md~`) are not changes: the build reads
/// neither.
public final class FolderWatcher: @unchecked Sendable {
    public enum Mechanism: Sendable, Equatable {
        case inotify
        case polling
    }

    /// How long the folder must be quiet before a burst of changes is reported.
    static let quietPeriod: Duration = .milliseconds(60)
    /// How often polling compares the folder's listing.
    static let pollInterval: Duration = .milliseconds(250)

    public let path: String
    public let mechanism: Mechanism
    private let stopped = Flag()
    private let descriptor: Int32?

    /// `mechanism` nil picks inotify where it works, and polling otherwise.
    public init(path: String, mechanism: Mechanism? = nil) {
        self.path = path
        let inotify = mechanism == .polling ? nil : Self.makeInotify(path)
        descriptor = inotify
        self.mechanism = inotify == nil ? .polling : .inotify
    }

    deinit {
        #if os(Linux)
        if let descriptor { close(descriptor) }
        #endif
    }

    /// Yields once per burst of changes, until `stop()`.
    public func changes() -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        start(onChange: { continuation.yield() }, onStop: { continuation.finish() })
        return stream
    }

    /// Calls `onChange` once per burst of changes and `onStop` after `stop()`, both on a thread
    /// of the watcher's own: unlike a task reading `changes()`, they run even while every
    /// thread of Swift's cooperative pool is busy.
    public func start(onChange: @escaping @Sendable () -> Void, onStop: @escaping @Sendable () -> Void = {}) {
        let thread = Thread { [self] in
            switch mechanism {
            case .inotify: watchInotify(onChange)
            case .polling: poll(onChange)
            }
            onStop()
        }
        thread.start()
    }

    /// Ends the stream of changes within a fraction of a second.
    public func stop() {
        stopped.set()
    }

    // MARK: - Polling

    private func poll(_ changed: () -> Void) {
        var last = listing()
        while !stopped.isSet {
            Thread.sleep(forTimeInterval: Self.pollInterval.seconds)
            let now = listing()
            if now != last {
                last = now
                changed()
            }
        }
    }

    /// Every file under the folder, with its size and modification time.
    private func listing() -> [String: [Double]] {
        var files: [String: [Double]] = [:]
        let base = URL(fileURLWithPath: path)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.fileSizeKey, .contentModificationDateKey], options: [.skipsHiddenFiles]) else { return [:] }
        for case let url as URL in enumerator where Self.matters(url.lastPathComponent) {
            let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey])
            files[url.path] = [Double(values?.fileSize ?? -1), values?.contentModificationDate?.timeIntervalSince1970 ?? 0]
        }
        return files
    }

    static func matters(_ name: String) -> Bool {
        !name.hasPrefix(".") && !name.hasSuffix("~")
    }

    // MARK: - inotify

    #if os(Linux)
    private static let events = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_ATTRIB)

    private static func makeInotify(_ path: String) -> Int32? {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        guard addWatches(descriptor, under: path) else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Watches the folder and each folder in it; false if the system is out of watches.
    private static func addWatches(_ descriptor: Int32, under path: String) -> Bool {
        guard inotify_add_watch(descriptor, path, events) >= 0 else { return false }
        let subfolders = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        for name in subfolders where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isDirectory: ObjCBool = false
            let full = path + "/" + name
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue,
               inotify_add_watch(descriptor, full, events) < 0 {
                return false
            }
        }
        return true
    }

    private func watchInotify(_ changed: () -> Void) {
        guard let descriptor else { return }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending = false
        while !stopped.isSet {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // A short wait while changes are pending, to report the burst once it is quiet.
            let timeout = pending ? Int32(Self.quietPeriod.seconds * 1000) : 200
            let ready = Glibc.poll(&request, 1, timeout)
            if ready > 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0, relevant(buffer[..<count], descriptor: descriptor) { pending = true }
            } else if ready == 0, pending {
                pending = false
                changed()
            }
        }
    }

    /// Whether the events name a file the build reads; a new folder gets its own watch.
    private func relevant(_ bytes: ArraySlice<UInt8>, descriptor: Int32) -> Bool {
        var found = false
        var offset = bytes.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= bytes.endIndex {
            let event = bytes[offset...].withUnsafeBytes { $0.loadUnaligned(as: inotify_event.self) }
            let nameBytes = bytes[(offset + header)..<min(bytes.endIndex, offset + header + Int(event.len))]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += header + Int(event.len)
            if event.mask & UInt32(IN_DELETE_SELF) != 0 { return true }
            guard Self.matters(name) else { continue }
            if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                _ = Self.addWatches(descriptor, under: path)
            }
            found = true
        }
        return found
    }
    #else
    private static func makeInotify(_ path: String) -> Int32? { nil }
    private func watchInotify(_ changed: () -> Void) {}
    #endif
}

/// A flag one thread sets and another reads.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
