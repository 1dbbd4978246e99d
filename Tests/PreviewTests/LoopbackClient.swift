import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A plain HTTP/1.1 client over a socket to 127.0.0.1, enough to fetch a page and to read a
/// stream of Server-Sent Events as it arrives (which Foundation's URLSession on Linux cannot).
/// It never blocks a thread while it waits: the server under test runs on the same
/// cooperative threads as the test.
final class LoopbackClient {
    private let socket: Int32
    private var received: [UInt8] = []
    /// How far `waitFor` has read, so each wait looks only at what came after the last.
    private var cursor = 0

    init(port: UInt16, path: String) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw ClientError.cannotConnect }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(socket)
    }

    enum ClientError: Error {
        case cannotConnect
    }

    /// Everything received after the last wait, once it contains `text`; nil after `seconds`.
    func waitFor(_ text: String, seconds: Double = 30) async -> String? {
        let deadline = Date().addingTimeInterval(TestTime.seconds(seconds))
        while Date() < deadline {
            let unread = String(decoding: received[cursor...], as: UTF8.self)
            if let range = unread.range(of: text) {
                cursor += unread[..<range.upperBound].utf8.count
                return unread
            }
            guard await receive() else { return nil }
        }
        return nil
    }

    /// The data of the next event of that name, skipping others; nil after `seconds`.
    func event(_ name: String, seconds: Double = 60) async -> String? {
        guard await waitFor("event: \(name)\ndata: ", seconds: seconds) != nil, let rest = await waitFor("\n\n", seconds: seconds) else { return nil }
        return String(rest.prefix { $0 != "\n" })
    }

    /// A whole response: its status line and headers, and its body.
    func response(seconds: Double = 30) async -> (head: String, body: String)? {
        let deadline = Date().addingTimeInterval(TestTime.seconds(seconds))
        while Date() < deadline {
            let text = String(decoding: received, as: UTF8.self)
            if let split = text.range(of: "\r\n\r\n") {
                let head = String(text[..<split.lowerBound])
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                    .flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
                let body = Array(received.dropFirst(head.utf8.count + 4))
                if let length, body.count >= length { return (head, String(decoding: body.prefix(length), as: UTF8.self)) }
            }
            guard await receive() else { return nil }
        }
        return nil
    }

    /// Reads what has come, or sleeps a moment if nothing has; false once the connection is closed.
    private func receive() async -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if count > 0 {
            received += buffer.prefix(count)
            return true
        }
        if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
            try? await Task.sleep(for: .milliseconds(10))
            return true
        }
        return false
    }

    /// Fetches a path and returns its response.
    static func get(port: UInt16, _ path: String) async throws -> (head: String, body: String)? {
        await (try LoopbackClient(port: port, path: path)).response()
    }
}
