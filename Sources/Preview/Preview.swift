import Build
import FlyingFox
import FlyingSocks
import Foundation

/// `lessons serve`: builds the course, serves the site on this machine only, and rebuilds
/// when a lesson changes (only the lessons that changed run again, through the cache).
/// Open pages reload when their page changed; when a rebuild fails, they keep the last good
/// build and show its errors over the page.
public actor Preview {
    public struct Configuration: Sendable {
        public var build: BuildOptions
        /// 0 picks any free port.
        public var port: UInt16
        /// nil picks inotify where it works, and polling otherwise.
        public var watching: FolderWatcher.Mechanism?

        public init(build: BuildOptions, port: UInt16 = 8000, watching: FolderWatcher.Mechanism? = nil) {
            self.build = build
            self.port = port
            self.watching = watching
        }
    }

    /// What the preview reports, for the terminal.
    public enum Event: Sendable {
        /// The server is up at this address, and watches the lessons this way.
        case listening(url: String, watching: FolderWatcher.Mechanism)
        /// A build finished (the site written, or not because of errors in the report), after
        /// `seconds`, and the open pages that reloaded.
        case built(BuildReport, seconds: Double, reloaded: Reloaded)
        /// A build could not run (the lessons folder went away, say).
        case failed(BuildFailure)
    }

    /// Which open pages a build reloaded.
    public enum Reloaded: Sendable, Equatable {
        /// None: the build failed, changed nothing, or was the first.
        case none
        case pages([String])
        /// A file every page uses changed.
        case every
    }

    public static let host = "127.0.0.1"

    private let configuration: Configuration
    private let report: @Sendable (Event) -> Void
    private let channel = ReloadChannel()
    private var server: HTTPServer?
    private var watcher: FolderWatcher?
    private var digests: [String: String] = [:]
    private var build = 0
    private var stopping = false

    public init(_ configuration: Configuration, report: @escaping @Sendable (Event) -> Void) {
        self.configuration = configuration
        self.report = report
    }

    /// Builds, serves, and rebuilds on every change until `stop()`. Throws if the first build
    /// cannot run at all, or the port cannot be listened on.
    public func run() async throws(PreviewFailure) {
        let script: Data
        do { script = try SiteAssets.liveReloadScript() } catch { throw .build(error) }
        if case .failure(let failure) = await rebuild(), digests.isEmpty { throw .build(failure) }
        let watcher = FolderWatcher(path: configuration.build.lessons, mechanism: configuration.watching)
        self.watcher = watcher
        let port = try await startServer(PreviewHandler(site: PublishedSite(root: configuration.build.output), channel: channel, script: script))
        report(.listening(url: "http://\(Self.host):\(port)/", watching: watcher.mechanism))
        let pings = Task { [channel] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                await channel.ping()
            }
        }
        for await _ in watcher.changes() where !stopping {
            _ = await rebuild()
        }
        pings.cancel()
    }

    /// Stops watching and serving; `run()` then returns.
    public func stop() async {
        stopping = true
        watcher?.stop()
        await channel.close()
        await server?.stop(timeout: 1)
    }

    /// Builds on a thread of its own (a build blocks, and its lessons need deep stacks), then
    /// tells open pages what changed, or what went wrong.
    @discardableResult
    private func rebuild() async -> Result<BuildReport, BuildFailure> {
        let builder = CourseBuilder(options: configuration.build)
        let start = ContinuousClock.now
        let result: Result<BuildReport, BuildFailure> = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: Result { () throws(BuildFailure) in try builder.build() }) }.start()
        }
        let seconds = (ContinuousClock.now - start).seconds
        switch result {
        case .success(let built) where built.wroteSite:
            var reloaded = Reloaded.none
            if case .reload(let next, let pages, let everything)? = ReloadMessage.reload(build: build + 1, from: digests, to: built.siteDigests) {
                build = next
                await channel.publish(.reload(build: next, pages: pages, everything: everything))
                // The first build has no open page to reload.
                if !digests.isEmpty { reloaded = everything ? .every : .pages(pages) }
            } else {
                await channel.publish(.ready(build: build))
            }
            digests = built.siteDigests
            report(.built(built, seconds: seconds, reloaded: reloaded))
        case .success(let failed):
            await channel.publish(.errors(failed.formattedDiagnostics))
            report(.built(failed, seconds: seconds, reloaded: .none))
        case .failure(let failure):
            await channel.publish(.errors(["error: " + failure.message]))
            report(.failed(failure))
        }
        return result
    }

    /// Listens on the loopback address, and says on which port.
    private func startServer(_ handler: PreviewHandler) async throws(PreviewFailure) -> UInt16 {
        let address: sockaddr_in
        do { address = try .inet(ip4: Self.host, port: configuration.port) } catch { throw .cannotListen(configuration.port, "\(error)") }
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: handler)
        self.server = server
        let failure = ServerFailure()
        Task {
            do { try await server.run() } catch { await failure.set(error) }
        }
        // Listening, or the reason it could not, comes within moments; a port in use fails at once.
        for _ in 0..<500 {
            if await server.isListening, case .ip4(_, let port)? = await server.listeningAddress { return port }
            if let error = await failure.error { throw .cannotListen(configuration.port, Self.describe(error)) }
            try? await Task.sleep(for: .milliseconds(10))
        }
        throw .cannotListen(configuration.port, "the server did not start within 5 seconds")
    }

    private static func describe(_ error: any Error) -> String {
        if let socketError = error as? SocketError, case .failed(_, let errno, let message) = socketError {
            return errno == EADDRINUSE ? "the port is in use" : message
        }
        return "\(error)"
    }
}

/// Why `lessons serve` could not start.
public enum PreviewFailure: Error, Sendable {
    case build(BuildFailure)
    case cannotListen(UInt16, String)

    public var message: String {
        switch self {
        case .build(let failure): failure.message
        case .cannotListen(let port, let reason):
            "cannot serve on \(Preview.host):\(port): \(reason); pass --port with another port, or --port 0 for any free one"
        }
    }

    /// Bad usage (exit status 2) or a failure to run (1).
    public var isUsage: Bool {
        if case .build(let failure) = self { return failure.kind == .usage }
        return false
    }
}

/// The server task's error, if it stopped before listening.
private actor ServerFailure {
    private(set) var error: (any Error)?

    func set(_ error: any Error) {
        self.error = error
    }
}
