/// The open pages' event streams, and the state a newly opened page is told: ready, or the
/// last rebuild's errors.
actor ReloadChannel {
    private var clients: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextClient = 0
    private var state: ReloadMessage = .ready(build: 0)
    private var lastGoodBuild = 0

    /// A new page's stream, which starts with the current state.
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingNewest(16))
        let id = nextClient
        nextClient += 1
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.drop(id) } }
        // Tells the browser to retry a lost connection after half a second.
        continuation.yield(Array("retry: 500\n\n".utf8))
        continuation.yield(Array(state.eventText.utf8))
        return stream
    }

    /// Tells every open page, and remembers the state for pages that open later.
    func publish(_ message: ReloadMessage) {
        switch message {
        case .ready(let build):
            state = message
            lastGoodBuild = build
        case .errors:
            state = message
        case .reload(let build, _, _):
            state = .ready(build: build)
            lastGoodBuild = build
        }
        let bytes = Array(message.eventText.utf8)
        for client in clients.values { client.yield(bytes) }
    }

    /// A comment line, which browsers ignore, so that a page that went away is noticed.
    func ping() {
        for client in clients.values { client.yield(Array(": ping\n\n".utf8)) }
    }

    /// Ends every stream, so the server can stop.
    func close() {
        for client in clients.values { client.finish() }
        clients.removeAll()
    }

    var clientCount: Int { clients.count }

    /// The last build that succeeded, which served pages are from.
    var build: Int {
        switch state {
        case .ready(let build), .reload(let build, _, _): build
        case .errors: lastGoodBuild
        }
    }

    private func drop(_ id: Int) {
        clients[id] = nil
    }
}
