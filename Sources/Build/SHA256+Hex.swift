import Foundation
import Crypto

extension SHA256 {
    /// The SHA-256 of the bytes, as lowercase hex: the cache's keys and the site's file digests.
    static func hex(of bytes: some DataProtocol) -> String {
        hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
