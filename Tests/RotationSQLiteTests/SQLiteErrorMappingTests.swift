import GRDB
import RotationData
@testable import RotationSQLite
import Testing

/// GRDB errors become one safe sentence naming the database; raw descriptions never pass.
struct SQLiteErrorMappingTests {
    static let cases: [(ResultCode, DataError)] = [
        (.SQLITE_CANTOPEN, DataError(.unavailable, "cannot open database \"/d/x.sqlite\": unable to open database file")),
        (.SQLITE_READONLY, DataError(.io, "database \"/d/x.sqlite\" is read-only")),
        (.SQLITE_READONLY_DBMOVED, DataError(.io, "database \"/d/x.sqlite\" is read-only")),
        (.SQLITE_FULL, DataError(.io, "disk full while writing \"/d/x.sqlite\"")),
        (.SQLITE_BUSY, DataError(.unavailable,
                                 "database \"/d/x.sqlite\" is busy: another process held it for more than 5 seconds")),
        (.SQLITE_IOERR_WRITE, DataError(.io, "I/O error while using database \"/d/x.sqlite\"")),
        (.SQLITE_NOTADB, DataError(.unavailable, "database \"/d/x.sqlite\" is not a database or is damaged")),
        (.SQLITE_CONSTRAINT, DataError(.unavailable, "database \"/d/x.sqlite\" failed (SQLite result code 19)")),
    ]

    @Test("each SQLite result code maps to its sentence and exit category", arguments: cases)
    func mapping(code: ResultCode, expected: DataError) {
        let error = DatabaseError(resultCode: code, message: "secret detail", sql: "INSERT INTO bar VALUES (?)",
                                  arguments: ["hidden"])
        let mapped = SQLiteErrorMapping.dataError(for: error, database: "/d/x.sqlite")
        #expect(mapped == expected)
        #expect(!mapped.description.contains("secret") && !mapped.description.contains("INSERT"))
    }

    @Test("a DataError passes through unchanged")
    func passThrough() {
        let error = DataError(.badInput, "symbol \"SPY\" is held as factor, not price")
        #expect(SQLiteErrorMapping.dataError(for: error, database: "/d/x.sqlite") == error)
    }
}
