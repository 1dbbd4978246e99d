/// A comma-separated table as RFC 4180 defines it: a header row of names, then rows of
/// fields; a field in double quotes may hold commas, line breaks and doubled quotes; lines
/// end in LF or CRLF. Written here because none of the packages this project may use reads
/// CSV, and a lesson's data needs only this much of it.
struct CSVTable: Equatable {
    var header: [String]
    var rows: [[String]]
    /// The line of the file each row starts on, for messages.
    var lines: [Int]

    /// What is wrong with a file, and on which line.
    struct Problem: Error, Equatable {
        enum Kind: Equatable {
            case empty
            case unterminatedQuote
            case quoteInField
            case fieldCount(fields: Int, columns: Int)
        }

        let kind: Kind
        let line: Int
    }

    static func parse(_ text: String) throws(Problem) -> CSVTable {
        var records: [(fields: [String], line: Int)] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func endRecord() {
            endField()
            // A blank line (one empty, unquoted field) is not a record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((fields, recordLine)) }
            fields.removeAll()
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\n"):
                if field.last == UInt8(ascii: "\r") { field.removeLast() }
                endRecord()
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                guard field.allSatisfy({ $0 == UInt8(ascii: " ") }), !wasQuoted else { throw Problem(kind: .quoteInField, line: line) }
                field.removeAll()
                quoted = true
                wasQuoted = true
            default:
                field.append(byte)
            }
        }
        if quoted { throw Problem(kind: .unterminatedQuote, line: recordLine) }
        if field.last == UInt8(ascii: "\r") { field.removeLast() }
        endRecord()
        guard let header = records.first else { throw Problem(kind: .empty, line: 1) }
        for record in records.dropFirst() where record.fields.count != header.fields.count {
            throw Problem(kind: .fieldCount(fields: record.fields.count, columns: header.fields.count), line: record.line)
        }
        return CSVTable(header: header.fields.map(Self.trimmed), rows: records.dropFirst().map(\.fields),
                        lines: records.dropFirst().map(\.line))
    }

    /// A field without the spaces and tabs around it.
    static func trimmed(_ field: String) -> String {
        String(field.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
