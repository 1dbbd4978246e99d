import FlyingFox
import FlyingSocks

/// A response body that never ends on its own: the chunks of a Server-Sent Events stream,
/// written to the browser as they are sent. FlyingFox streams any `AsyncBufferedSequence`
/// of bytes with chunked encoding; this adapts an `AsyncStream` of chunks to one.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let chunks: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var chunks: AsyncStream<[UInt8]>.AsyncIterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            guard await fill() else { return nil }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            guard await fill() else { return nil }
            let buffer = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }

        /// Waits for the next chunk when nothing is pending; false once the stream ends.
        private mutating func fill() async -> Bool {
            while pending.isEmpty {
                guard let chunk = await chunks.next() else { return false }
                pending = chunk[...]
            }
            return true
        }
    }
}
