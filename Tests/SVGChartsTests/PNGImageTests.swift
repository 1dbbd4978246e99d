import Foundation
@testable import SVGCharts
import Testing

/// The colour field's PNG: the container's bytes, its checksums against published check
/// values, and a stored deflate stream whose Adler-32 covers the filtered rows.
@Suite struct PNGImageTests {
    @Test func checksumsMatchTheirCheckValues() {
        // The CRC-32 check value of the ASCII digits "123456789" (ISO 3309, as PNG uses it).
        #expect(PNGImage.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        // IEND's chunk CRC, printed in every PNG file.
        #expect(PNGImage.crc32(Array("IEND".utf8)) == 0xAE42_6082)
    }

    @Test func aTwoByOneImageHasEveryByteInPlace() throws {
        let uri = PNGImage.dataURI(width: 2, height: 1, pixels: [255, 0, 0, 0, 0, 255])
        let prefix = "data:image/png;base64,"
        #expect(uri.hasPrefix(prefix))
        let png = try #require(Data(base64Encoded: String(uri.dropFirst(prefix.count)))).map { $0 }
        #expect(Array(png[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: length 13, then width 2, height 1, 8 bits, colour type 2 (RGB), no interlace.
        #expect(Array(png[8..<29]) == [0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0])
        // IDAT: zlib header, one final stored block of 7 bytes (a filter byte and two pixels),
        // and their Adler-32: a = 1 + 255 + 255 = 511, b = Σ of a after each byte = 1792.
        #expect(Array(png[33..<41]) == [0, 0, 0, 18] + Array("IDAT".utf8))
        #expect(Array(png[41..<59]) == [0x78, 0x01, 1, 7, 0, 0xF8, 0xFF, 0, 255, 0, 0, 0, 0, 255, 0x07, 0x00, 0x01, 0xFF])
        #expect(Array(png.suffix(12)) == [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }
}
